package io.github.minutebook.funding;

import io.github.minutebook.money.Amount;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A sum of money a record states but does not decide: a revised total, an overspend, a forecast,
 * a prior agreement's value. Money a decision commits is a {@link FundingAllocation}; money it
 * moves between budgets is a {@link Virement}.
 *
 * <pre>{@code
 * Figure overspend = Figure.builder()
 *     .description("the projected overspend")
 *     .amount(Amount.of(Money.of("1200000", "GBP")))
 *     .role(FigureRole.OVERSPEND)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Figure implements WithFigure {
  Figure() {}

  /** What the sum is, in the record's words: "the projected overspend", "the revised programme". */
  public abstract String description();

  /** The sum, with its qualifier, basis and year. */
  public abstract Amount amount();

  /** What kind of figure it is, where clear. */
  public abstract Optional<FigureRole> role();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Figure}. */
  public static final class Builder extends ImmutableFigure.Builder {}
}
