/**
 * Grants to and from the 360Giving Data Standard (1.4.3).
 *
 * <p>Work in progress (issue 13): the exporter and the importer are added here.
 */
@CheckReturnValue
@NullMarked
package io.github.minutebook.threesixtygiving;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
