package io.github.minutebook.agenda;

import io.github.minutebook.party.Body;
import io.github.minutebook.party.Party;
import io.github.minutebook.reference.Document;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Someone who is not a member addressing the meeting: a deputation, a delegation, a public forum
 * speaker, public comment. "Mr. Conrad Streher spoke in opposition to the recommendation for item
 * 8.4.3"; "Andy Rasmussen (WR) spoke in favor of Resolution 21-2017 (Agenda Item 7)".
 *
 * <pre>{@code
 * Deputation speaker = Deputation.builder()
 *     .speaker(Person.builder().name("Conrad Streher").build())
 *     .kind(DeputationKind.PUBLIC_FORUM).addOnItems("8.4.3").stance(Stance.OPPOSE).build();
 * }</pre>
 */
@Value.Immutable
public abstract class Deputation implements WithDeputation {
  Deputation() {}

  /** Who spoke: a person, or a body where only the body is named. */
  public abstract Party speaker();

  /** The body the speaker spoke for, where stated ("on behalf of the Residents' Association"). */
  public abstract Optional<Body> onBehalfOf();

  /** The form of address, in the council's word, where stated. */
  public abstract Optional<DeputationKind> kind();

  /** The items spoken on, by identifier, agenda number or minute number ("8.4.3"). */
  public abstract List<String> onItems();

  /** The subject as written, where no item is named or the subject is more than the item. */
  public abstract Optional<String> subject();

  /** Which side the speaker took, where stated. */
  public abstract Optional<Stance> stance();

  /** When the speaker was heard ("7:15 p.m.—Gary Russell was present"). */
  public abstract Optional<LocalTime> time();

  /** What the speaker handed up or presented ("Mr Pearson provided a handout (A1624719)"). */
  public abstract List<Document> documents();

  /** What the minutes record of what was said, as written. */
  public abstract Optional<String> summary();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Deputation}. */
  public static final class Builder extends ImmutableDeputation.Builder {}
}
