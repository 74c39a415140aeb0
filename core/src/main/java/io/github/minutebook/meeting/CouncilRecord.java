package io.github.minutebook.meeting;

import io.github.minutebook.Identified;
import io.github.minutebook.party.Body;
import java.util.List;
import java.util.Optional;

/**
 * A record of council business, the root of a Minutebook document: the minutes of a {@link
 * Meeting}, or a {@link DecisionRecord} of a decision published on its own.
 *
 * <p>Tell them apart with {@code instanceof} (the interface is sealed, so there is no third case).
 */
public sealed interface CouncilRecord extends Identified permits Meeting, DecisionRecord {
  /** The authority whose record it is. */
  Optional<Body> authority();

  /** What the record states there was none of ("Apologies: none"); what it does not say is unknown. */
  List<NoneStated> statedNone();

  /** Where the record came from. */
  Optional<Provenance> provenance();
}
