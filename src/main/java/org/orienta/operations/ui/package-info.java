@org.jspecify.annotations.NullMarked
package org.orienta.operations.ui;
