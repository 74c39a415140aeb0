/**
 * What happens to records converted between Minutebook and the formats councils and their users
 * already have (OCDS, 360Giving, ModernGov, Legistar, OParl): each record read or written is a
 * {@link io.github.minutebook.exchange.Converted}, holding the value made, or none, and the
 * {@link io.github.minutebook.exchange.ConversionNote}s that say what was met on the way, what the
 * other format could not carry, what was left out and why.
 *
 * <p>The modules for those formats report through these types, so that a pipeline lists what a
 * conversion did in one way whatever the format, and nothing is dropped without a word.
 * {@link io.github.minutebook.exchange.Unmapped} helps an exporter keep that promise: it lists, as
 * notes, every attribute of a model value that holds something and that the export did not map.
 */
@CheckReturnValue
@NullMarked
package io.github.minutebook.exchange;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
