/**
 * Contract awards to and from the Open Contracting Data Standard (OCDS 1.1.5).
 *
 * <p>Work in progress (issue 13): the exporter, the importer and their checks are added here.
 */
@CheckReturnValue
@NullMarked
package io.github.minutebook.ocds;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
