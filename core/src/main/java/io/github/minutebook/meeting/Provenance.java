package io.github.minutebook.meeting;

import java.util.List;
import io.github.minutebook.party.Identifier;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a record came from: who published it, at what address, when it was read, and when the
 * publisher created and last changed its own record of it.
 *
 * <p>A meeting and a decision record carry one for the document as a whole; an agenda item, a
 * document, a consultation or a resolution that the publisher keeps as a record of its own (an
 * OParl object, a Legistar row) carries one for that record, usually with its timestamps only.
 *
 * <pre>{@code
 * Provenance file = Provenance.builder()
 *     .created(OffsetDateTime.parse("2024-07-01T17:52:51+02:00"))
 *     .modified(OffsetDateTime.parse("2025-03-03T14:30:18+01:00"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Provenance implements WithProvenance {
  Provenance() {}

  /** The publisher, usually the authority's democratic services. */
  public abstract Optional<String> publisher();

  /** The address the record was read from. */
  public abstract Optional<String> address();

  /** When it was read. */
  public abstract Optional<Instant> retrievedAt();

  /** The licence the record is published under ("Open Government Licence v3.0"). */
  public abstract Optional<String> licence();

  /**
   * When the publisher created its record, with the offset it gave (OParl {@code created}).
   */
  public abstract Optional<OffsetDateTime> created();

  /**
   * When the publisher last changed its record, with the offset it gave (OParl {@code modified},
   * Legistar's {@code LastModifiedUtc} in UTC).
   */
  public abstract Optional<OffsetDateTime> modified();

  /**
   * Further keys the publisher gives its record, with their scheme, beside the record's own {@code
   * id}: Legistar's {@code MatterHistoryGuid}, or the id of a second row that publishes the same
   * decision (an agenda row beside a minutes row).
   */
  public abstract List<Identifier> identifiers();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Provenance}. */
  public static final class Builder extends ImmutableProvenance.Builder {}
}
