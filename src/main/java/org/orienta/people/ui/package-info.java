@org.jspecify.annotations.NullMarked
package org.orienta.people.ui;
