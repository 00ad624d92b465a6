@org.jspecify.annotations.NullMarked
package org.orienta.observation.ui;
