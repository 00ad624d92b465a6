@org.jspecify.annotations.NullMarked
package org.orienta.competency.ui;
