@org.jspecify.annotations.NullMarked
package org.orienta.base.ui;
