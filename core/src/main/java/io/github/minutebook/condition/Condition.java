package io.github.minutebook.condition;

import io.github.minutebook.party.Party;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A condition a decision is subject to, with the words of the minutes and, where the condition
 * depends on another part of the same resolution, that part's label.
 *
 * <pre>{@code
 * Condition afterPartOne = Condition.builder()
 *     .text("subject to approval of (1) above")
 *     .kind(ConditionKind.SUBJECT_TO_OTHER_PART)
 *     .addDependsOnPart("1")
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Condition implements WithCondition {
  Condition() {}

  /** The condition as the minutes wrote it. */
  public abstract String text();

  /** What the condition waits for; {@link ConditionKind#OTHER} unless set. */
  @Value.Default
  public ConditionKind kind() {
    return ConditionKind.OTHER;
  }

  /**
   * Labels of other parts of the same resolution that this depends on ("1" for "(1) above"); the
   * validators check that they exist.
   */
  public abstract List<String> dependsOnParts();

  /** Who must approve or confirm, where named ("the Executive"). */
  public abstract Optional<Party> approver();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Condition}. */
  public static final class Builder extends ImmutableCondition.Builder {}

  /** A condition of the given kind. */
  public static Condition of(ConditionKind kind, String text) {
    return builder().kind(kind).text(text).build();
  }
}
