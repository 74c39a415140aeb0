package io.github.minutebook.meeting;

import io.github.minutebook.party.Person;
import io.github.minutebook.reference.LegalBasis;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A declaration of interest: who, in which items, the nature of the interest, and what the person
 * did.
 *
 * <p>Seed minute 70: "The Director of Corporate Services declared an interest in items 7 and 17
 * ... by virtue of his wife being employed by one of the companies ... the Director left the
 * meeting during discussion". Each entry of {@link #items()} names an item of the same meeting by
 * its identifier, agenda number or minute number; the validators check that it exists.
 */
@Value.Immutable
public abstract class DeclarationOfInterest implements WithDeclarationOfInterest {
  DeclarationOfInterest() {}

  /** Who declared. */
  public abstract Person person();

  /** The items concerned, by identifier, agenda number or minute number, as written. */
  public abstract List<String> items();

  /** The nature of the interest, as written. */
  public abstract Optional<String> nature();

  /** The kind of interest, where the minutes classify it. */
  public abstract Optional<InterestKind> kind();

  /**
   * The kind of interest in the minutes' words, where they use a category of their own law:
   * "Non-Pecuniary – Less Than Significant Conflict", "Material Personal Interest".
   */
  public abstract Optional<String> kindAsWritten();

  /** What the person did. */
  public abstract Optional<InterestAction> action();

  /** What the person did, in the minutes' words. */
  public abstract Optional<String> actionAsWritten();

  /** When the declaration was made, as written: "at the start of the meeting", "during item 5". */
  public abstract Optional<String> declaredDuring();

  /** The law or code the declaration is made under, where stated ("section 31 of the Localism Act 2011"). */
  public abstract Optional<LegalBasis> legalBasis();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DeclarationOfInterest}. */
  public static final class Builder extends ImmutableDeclarationOfInterest.Builder {}
}
