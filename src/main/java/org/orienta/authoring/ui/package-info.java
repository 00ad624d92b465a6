@org.jspecify.annotations.NullMarked
package org.orienta.authoring.ui;
