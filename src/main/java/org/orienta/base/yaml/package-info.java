/**
 * Safe reading and canonical writing of Orienta's YAML content files: a positioned tree for messages
 * with line and column, typed field access that collects every problem instead of stopping at the
 * first, and limits that keep hostile files (alias bombs, deep nesting, custom tags) harmless.
 */
@org.jspecify.annotations.NullMarked
package org.orienta.base.yaml;
