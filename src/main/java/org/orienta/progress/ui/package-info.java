@org.jspecify.annotations.NullMarked
package org.orienta.progress.ui;
