package io.github.minutebook.meeting;

import io.github.minutebook.party.Address;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The publisher's record of the place a meeting is held (an OParl {@code Location}, a CMIS
 * venue): its identifier, postal address, page and record dates. The place's name as the record writes
 * it ("Bürgersaal, Rathaus am Marktplatz") is {@link Meeting#location()}.
 *
 * <pre>{@code
 * Venue venue = Venue.builder()
 *     .id("https://web1.karlsruhe.de/oparl/bodies/0001/locations/si/9531")
 *     .provenance(Provenance.builder()
 *         .created(OffsetDateTime.parse("2023-09-06T14:17:53+02:00")).build())
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Venue implements WithVenue {
  Venue() {}

  /** The publisher's identifier of the place, as given: an OParl Location's URL, CMIS's VenueID "13". */
  public abstract Optional<String> id();

  /** The place's postal address, where the record gives one. */
  public abstract Optional<Address> address();

  /** The address of the venue's page on the publisher's site (OParl's {@code web}). */
  public abstract Optional<String> web();

  /** When the publisher created and last changed its record of the place. */
  public abstract Optional<Provenance> provenance();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Venue}. */
  public static final class Builder extends ImmutableVenue.Builder {}
}
