/**
 * Contract awards to and from the Open Contracting Data Standard (OCDS 1.1.5).
 *
 * <h2>Export</h2>
 *
 * <p>An {@link io.github.minutebook.ocds.OcdsExporter} turns every {@link
 * io.github.minutebook.procurement.ContractAward} of a meeting or a decision record into one OCDS
 * release: the stage gives the release's tag ({@code planning} for an approval to procure or a
 * market test, {@code award} for an award, call-off, direct award or use of an existing contract,
 * {@code contractAmendment} for a variation or extension), the authority is the buyer, the
 * suppliers are the award's, and the minutes, with the minute and part, are a document of the
 * release. Everything a contract award holds that OCDS cannot, and every value left out, is a
 * {@link io.github.minutebook.exchange.ConversionNote} beside the release, with the Minutebook
 * path of the award and a code starting {@code ocds.}: nothing is dropped without a word, and
 * nothing the record does not state is written.
 *
 * <pre>{@code
 * OcdsExporter exporter = OcdsExporter.builder("ocds-abc123")
 *     .publisher("London Borough of Bromley")
 *     .packageUri("https://example.org/ocds/2016-09-14.json")
 *     .build();
 *
 * // the releases of one record, each with its notes
 * for (Converted<ObjectNode> release : exporter.releases(meeting)) { ... }
 *
 * // or a whole release package, streamed, one record at a time
 * try (ReleasePackageWriter writer = exporter.writer(out)) {
 *   for (CouncilRecord record : records) {
 *     writer.write(record).forEach(note -> log.info(note.toString()));
 *   }
 * }
 * }</pre>
 *
 * <p>Identifiers and bytes are deterministic: a release's ocid is the exporter's prefix and the
 * award's id (or one derived from the record and the award's position), and no clock is read. The
 * releases use the lots, award criteria, renewal, techniques, suitability, party scale and United
 * Kingdom extensions ({@link io.github.minutebook.ocds.OcdsExporter#EXTENSIONS}). The mapping,
 * field by field, and what OCDS cannot hold are in {@code docs/ocds.md}.
 *
 * <h2>Import</h2>
 *
 * <p>{@link io.github.minutebook.ocds.OcdsImport} reads release packages, record packages and
 * single releases into decision records of contract notices, one {@link
 * io.github.minutebook.exchange.Converted} a release, streamed, with every quirk of real data read
 * as it is meant and said in the record's notes; {@link io.github.minutebook.ocds.OcdsChecks} holds
 * the checks that real OCDS data fails, as rules for the Minutebook validator. See {@code
 * docs/ocds.md}.
 */
@CheckReturnValue
@NullMarked
package io.github.minutebook.ocds;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
