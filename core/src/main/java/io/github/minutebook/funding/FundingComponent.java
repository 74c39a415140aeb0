package io.github.minutebook.funding;

import io.github.minutebook.money.Amount;
import org.immutables.value.Value;

/**
 * A named component of an allocation, included in its headline amount or added to it: "plus the
 * cost of six FTE care worker posts (£188k p.a.)". The validators check that included components
 * do not exceed the headline amount.
 */
@Value.Immutable
public abstract class FundingComponent implements WithFundingComponent {
  FundingComponent() {}

  /** What the component pays for. */
  public abstract String description();

  /** How much. */
  public abstract Amount amount();

  /** Whether it is part of the headline amount or on top of it. */
  public abstract ComponentRelation relation();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FundingComponent}. */
  public static final class Builder extends ImmutableFundingComponent.Builder {}
}
