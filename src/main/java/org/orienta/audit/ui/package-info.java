@org.jspecify.annotations.NullMarked
package org.orienta.audit.ui;
