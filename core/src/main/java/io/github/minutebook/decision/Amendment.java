package io.github.minutebook.decision;

import io.github.minutebook.party.Person;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** An amendment moved to a motion, with its mover, seconder, vote and outcome. */
@Value.Immutable
public abstract class Amendment implements WithAmendment {
  Amendment() {}

  /** What kind of amendment, where the minutes say ("moved as a further amendment"). */
  public abstract Optional<AmendmentKind> kind();

  /** The amendment's text. */
  public abstract String text();

  /** Who moved it. */
  public abstract Optional<Person> movedBy();

  /** Who seconded it. */
  public abstract Optional<Person> secondedBy();

  /** The vote on it, where one was taken. */
  public abstract Optional<Vote> vote();

  /** What became of it. */
  public abstract Optional<AmendmentOutcome> outcome();

  /** Amendments moved to this amendment. */
  public abstract List<Amendment> amendments();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Amendment}. */
  public static final class Builder extends ImmutableAmendment.Builder {}
}
