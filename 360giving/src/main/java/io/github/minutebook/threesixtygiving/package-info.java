/**
 * Grants to and from the 360Giving Data Standard (1.4.3): council funding decisions out as grants,
 * grants in as decision records.
 *
 * <p>{@link io.github.minutebook.threesixtygiving.GrantWriter} writes the funding allocations of
 * meetings and decision records as one 360Giving package; an allocation becomes a grant where it
 * is one: approved, to a named recipient, with an amount that is the total awarded, by an authority
 * with a name, on a known date. Every other allocation is left out with its reason, and every fact
 * a grant has no place for (a full year effect, a funding source, a condition, an amount's "up to")
 * is noted, so that the caller can list what a package does not say.
 *
 * <pre>{@code
 * try (GrantWriter writer = GrantWriter.builder("360G-bromley").build(out)) {
 *   for (CouncilRecord record : records) {
 *     for (ConversionNote note : writer.write(record)) {
 *       System.err.println(note); // LEFT_OUT 360giving.not-awarded at agendaItems[4]...: ...
 *     }
 *   }
 * }
 * }</pre>
 *
 * <p>{@link io.github.minutebook.threesixtygiving.GrantReader} reads a package back, one grant at
 * a time, as {@link io.github.minutebook.meeting.DecisionRecord}s, each with the notes on what of
 * the grant Minutebook has no place for; a grant it cannot read fails alone.
 *
 * <pre>{@code
 * try (Stream<Converted<DecisionRecord>> grants = GrantReader.read(in)) {
 *   grants.forEach(grant -> grant.value().ifPresent(pipeline::accept));
 * }
 * }</pre>
 *
 * <p>What maps where, what is left out and why, and what a round trip loses are in
 * {@code docs/360giving.md}. The codes of the notes all start {@code 360giving.}.
 */
@CheckReturnValue
@NullMarked
package io.github.minutebook.threesixtygiving;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
