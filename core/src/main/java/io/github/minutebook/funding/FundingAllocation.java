package io.github.minutebook.funding;

import io.github.minutebook.Identified;
import io.github.minutebook.condition.Condition;
import io.github.minutebook.money.Amount;
import io.github.minutebook.party.Party;
import io.github.minutebook.reference.LegalBasis;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Money a decision commits, releases, recommends or sets aside.
 *
 * <p>Seed minute 74(3), "a maximum of £1,071k per annum (of which £150k p.a. would be recharged to
 * the Better Care Fund), plus the cost of six FTE care worker posts (£188k p.a.)":
 *
 * <pre>{@code
 * FundingAllocation.builder()
 *     .purpose("contribution to the intermediate care service from October 2017")
 *     .amount(Amount.builder().money(Money.of("1071000", "GBP"))
 *         .qualifier(AmountQualifier.UP_TO).basis(AmountBasis.PER_ANNUM).asWritten("£1,071k").build())
 *     .addRecharge(Recharge.of(Amount.builder().money(Money.of("150000", "GBP"))
 *         .basis(AmountBasis.PER_ANNUM).build(), betterCareFund))
 *     .addComponent(FundingComponent.builder()
 *         .description("six FTE care worker posts")
 *         .amount(Amount.builder().money(Money.of("188000", "GBP")).basis(AmountBasis.PER_ANNUM).build())
 *         .relation(ComponentRelation.ADDITIONAL).build())
 *     .spendType(SpendType.REVENUE)
 *     .build();
 * }</pre>
 *
 * <p>Narrative figures ("over £50M saved in the past 4 years") are statements, not allocations,
 * and stay in the item's narrative.
 */
@Value.Immutable
public abstract class FundingAllocation implements WithFundingAllocation, Identified {
  FundingAllocation() {}

  /** A stable identifier, so that other records can refer to this allocation. */
  @Override
  public abstract Optional<String> id();

  /** What the money is for. */
  public abstract Optional<String> purpose();

  /**
   * The grant programme or scheme the money is awarded under, where the record names it: "the
   * Community Chest", "Ward Members' Budget" (360Giving's {@code grantProgramme}).
   */
  public abstract Optional<String> programme();

  /** The headline amount, with its qualifier, basis and year; empty for a funding decision that states none. */
  public abstract Optional<Amount> amount();

  /** What the commitment costs over a full year, where the minutes give it beside a part-year amount. */
  public abstract Optional<Amount> fullYearEffect();

  /** Components included in, or added to, the headline amount. */
  public abstract List<FundingComponent> components();

  /** Parts of the amount recharged or contributed to others. */
  public abstract List<Recharge> recharges();

  /** Where the money comes from. */
  public abstract List<FundingSource> fundingSources();

  /** Revenue or capital, where the minutes say. */
  public abstract Optional<SpendType> spendType();

  /**
   * How far the decision has gone, where the record says: approved, recommended to another body,
   * set aside. A sum the record only mentions claims no approval.
   */
  public abstract Optional<FundingStatus> status();

  /** Who receives the money, where named. */
  public abstract Optional<Party> recipient();

  /** The partner in a joint arrangement ("an agreement with BCCG"). */
  public abstract Optional<Party> partner();

  /** The legislation the arrangement relies on ("section 75 of the NHS Act 2006"). */
  public abstract Optional<LegalBasis> legalBasis();

  /** Conditions on using the money. */
  public abstract List<Condition> conditions();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FundingAllocation}. */
  public static final class Builder extends ImmutableFundingAllocation.Builder {}
}
