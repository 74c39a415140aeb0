/**
 * The shape of the model as data: every type of the model, and every property with its name,
 * cardinality, value type, accessor, builder method and description.
 *
 * <p>Not API: this package is for Minutebook's own modules (the JSON codecs, schema and docs are
 * derived from it) and may change in any release. {@link io.github.minutebook.internal.shape.ModelShapes}
 * is generated when core is compiled, from the model's types and their Javadoc, so that a field is
 * declared once, in its model type.
 */
@CheckReturnValue
@NullMarked
package io.github.minutebook.internal.shape;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
