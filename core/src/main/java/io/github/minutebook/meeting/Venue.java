package io.github.minutebook.meeting;

import io.github.minutebook.party.Address;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a meeting is held, as the publisher keeps it beside the words of {@link
 * Meeting#location()}: the venue's own id and page, and its postal address (OParl's {@code
 * Location}, CMIS's venue page).
 *
 * <pre>{@code
 * Venue venue = Venue.builder()
 *     .id("13")
 *     .web("http://birmingham.cmis.uk.com/birmingham/Meetings/tabid/70/ctl/MeetingVenueDetails/mid/397/VenueID/13/Default.aspx")
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Venue implements WithVenue {
  Venue() {}

  /** The publisher's identifier of the venue: CMIS's VenueID "13", an OParl Location's URL. */
  public abstract Optional<String> id();

  /** The venue's postal address, where the record gives one. */
  public abstract Optional<Address> address();

  /** The address of the venue's page on the publisher's site (OParl's {@code web}). */
  public abstract Optional<String> web();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Venue}. */
  public static final class Builder extends ImmutableVenue.Builder {}
}
