package io.github.minutebook.agenda;

import io.github.minutebook.party.Party;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A petition presented to the meeting: "PT.002/24 Nillumbik Shire – Call for Solidarity with
 * Palestine"; "Wayne Casier presented Council with the petition". What the council decided on it
 * is a resolution of the item.
 */
@Value.Immutable
public abstract class Petition implements WithPetition {
  Petition() {}

  /** Its reference, as written ("PT.002/24"). */
  public abstract Optional<String> reference();

  /** Its title or subject. */
  public abstract Optional<String> title();

  /** The lead petitioner or organiser. */
  public abstract Optional<Party> leadPetitioner();

  /** Who presented it to the meeting. */
  public abstract Optional<Party> presentedBy();

  /** The number of signatures, where stated. */
  public abstract Optional<Integer> signatures();

  /** What the petitioners ask for, as written. */
  public abstract Optional<String> request();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Petition}. */
  public static final class Builder extends ImmutablePetition.Builder {}
}
