@org.jspecify.annotations.NullMarked
package org.orienta.reporting.ui;
