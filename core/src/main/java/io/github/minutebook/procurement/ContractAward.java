package io.github.minutebook.procurement;

import io.github.minutebook.Identified;
import io.github.minutebook.condition.Condition;
import io.github.minutebook.money.Amount;
import io.github.minutebook.party.Body;
import io.github.minutebook.reference.LegalBasis;
import io.github.minutebook.money.Money;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A decision about a contract, at whichever stage: approval to procure, market test, award,
 * call-off, direct award, variation, extension, or use of an existing contract's rates.
 *
 * <p>Seed minute 81(2), "officers proceed to commission Jadu Ltd to upgrade the Web content
 * management system as a negotiated single tender at an estimated cost of £53k":
 *
 * <pre>{@code
 * ContractAward.builder()
 *     .subject("upgrade of the Web content management system to Jadu Continuum")
 *     .stage(ContractStage.DIRECT_AWARD)
 *     .procurementMethod(ProcurementMethod.DIRECT)
 *     .methodAsWritten("negotiated single tender")
 *     .methodRationale("an upgrade to an existing licence which only Jadu could perform")
 *     .addSupplier(Body.of("Jadu Ltd", BodyKind.COMPANY))
 *     .addValues(Amount.builder().money(Money.of("53000", "GBP"))
 *         .qualifier(AmountQualifier.ESTIMATED).asWritten("£53k").build())
 *     .build();
 * }</pre>
 *
 * <p>When the supplier is named only in exempt (Part 2) business, {@link #supplierWithheld()} says
 * so and {@link #suppliers()} stays empty.
 */
@Value.Immutable
public abstract class ContractAward implements WithContractAward, Identified {
  ContractAward() {}

  /** A stable identifier, so that other records can refer to this decision. */
  @Override
  public abstract Optional<String> id();

  /**
   * The procurement's own identifier as its publisher gives it (OCDS {@code tender.id}), where the
   * record gives one apart from this decision's {@link #id()}: the tender that the award closes.
   */
  public abstract Optional<String> tenderId();

  /** The buyer's own reference for the procurement, as written: "NEPO201", "QU328". */
  public abstract Optional<String> procurementReference();

  /** What the contract is for. */
  public abstract String subject();

  /** A longer description of the contract, where the record gives one beyond its subject. */
  public abstract Optional<String> description();

  /** Which stage of the contract's life the decision is about. */
  public abstract ContractStage stage();

  /** What the contract mainly buys (OCDS {@code mainProcurementCategory}): goods, works or services, where stated. */
  public abstract Optional<ProcurementCategory> mainProcurementCategory();

  /** The procurement method in OCDS's terms, where known. */
  public abstract Optional<ProcurementMethod> procurementMethod();

  /** The method in the minutes' own words: "negotiated single tender", "formal procurement process". */
  public abstract Optional<String> methodAsWritten();

  /** Why this method was chosen: "an upgrade to an existing licence which only Jadu could perform". */
  public abstract Optional<String> methodRationale();

  /** The framework called off from, where there is one. */
  public abstract Optional<Framework> framework();

  /**
   * The framework agreement, dynamic purchasing system or approved list that this award sets up,
   * where it sets one up ("have established a Framework Agreement"); {@link #framework()} is the one
   * a call-off is made under.
   */
  public abstract Optional<Framework> establishes();

  /** The lot, where the contract is one lot of a larger procurement. */
  public abstract Optional<String> lot();

  /** How many lots the procurement has, where stated. */
  public abstract Optional<Integer> lots();

  /** The lots' titles as written, in order, where the record names them: "Lot 1 - Property". */
  public abstract List<String> lotTitles();

  /** Classifications of what is bought: CPV codes. */
  public abstract List<Classification> classifications();

  /**
   * The buyer's statement that the contract is suitable (true) or not suitable (false) for small
   * and medium-sized enterprises, where the record makes one (Contracts Finder's
   * {@code isSuitableForSme}, OCDS {@code tender.suitability.sme}). Contracts Finder writes false
   * where nothing was entered: its false is kept as stated, but may mean "not stated".
   */
  public abstract Optional<Boolean> suitableForSme();

  /**
   * The buyer's statement that the contract is suitable (true) or not suitable (false) for
   * voluntary, community and social enterprise organisations, where the record makes one
   * (Contracts Finder's {@code isSuitableForVco}, OCDS {@code tender.suitability.vcse}). As with
   * {@link #suitableForSme()}, a false from Contracts Finder may mean that nothing was entered.
   */
  public abstract Optional<Boolean> suitableForVcse();

  /** The body that lets the contract, where it is not the deciding authority. */
  public abstract Optional<Body> contractingAuthority();

  /** The body that leads a joint procurement ("The CCG would lead on procuring the contract"). */
  public abstract Optional<Body> leadBody();

  /** Bodies procuring jointly with the authority. */
  public abstract List<Body> jointWith();

  /** Suppliers named in the decision (awarded, preferred or commissioned). */
  public abstract List<Body> suppliers();

  /** Whether the supplier was decided but withheld from the public minutes as exempt information. */
  @Value.Default
  public boolean supplierWithheld() {
    return false;
  }

  /**
   * The contract's values, each with its qualifier and basis: one where the record gives one, and
   * several where it gives several (per year, the total over the initial term, the maximum with
   * every extension).
   */
  public abstract List<Amount> values();

  /**
   * The lower end of the value estimated when the contract was tendered (OCDS
   * {@code tender.minValue}), where the record gives one; a single estimate is both this and
   * {@link #estimatedValue()}. Kept as the record states it:
   * Contracts Finder writes 0 where the buyer gave no value, so a 0 here may mean "not given".
   */
  public abstract Optional<Money> estimatedMinValue();

  /**
   * The value estimated when the contract was tendered, or the upper end of the estimated range
   * (OCDS {@code tender.value}); the awarded value is in {@link #values()}. Kept as the record
   * states it: Contracts Finder writes 0 where the buyer gave no value, so a 0 here may mean "not
   * given".
   */
  public abstract Optional<Money> estimatedValue();

  /** The last day for tenders or quotations (OCDS {@code tenderPeriod.endDate}), where stated. */
  public abstract Optional<LocalDate> tenderDeadline();

  /** The time of day of the tender deadline, local to the buyer, where the record gives one ("noon"). */
  public abstract Optional<LocalTime> tenderDeadlineTime();

  /** The date of the award decision, where the record gives it apart from the decision's date. */
  public abstract Optional<LocalDate> awardDate();

  /** The basis of award: lowest price, most economically advantageous tender. */
  public abstract Optional<AwardBasis> awardBasis();

  /** How many suppliers were invited to tender, where stated. */
  public abstract Optional<Integer> tendersInvited();

  /** How many tenders were received, where stated. */
  public abstract Optional<Integer> tendersReceived();

  /** Whether an in-house bid was made, where the record says. */
  public abstract Optional<Boolean> inHouseBid();

  /** Whether contract standing orders or procedure rules were waived for this decision, where the record says. */
  public abstract Optional<Boolean> standingOrdersWaived();

  /**
   * The legal basis stated for the decision: the contract procedure rule permitting a waiver, the
   * regulation permitting a direct award.
   */
  public abstract List<LegalBasis> legalBasis();

  /** Why the contract is extended or varied, for an extension or variation. */
  public abstract Optional<String> extensionReason();

  /** The contract's term and extension options. */
  public abstract Optional<ContractTerm> term();

  /**
   * The term planned when the contract was tendered (OCDS {@code tender.contractPeriod}), where the
   * record gives it and it differs from the awarded {@link #term()}.
   */
  public abstract Optional<ContractTerm> plannedTerm();

  /** How tenders are or were evaluated. */
  public abstract List<EvaluationCriterion> evaluationCriteria();

  /** Conditions on the decision ("a contract would not be awarded until funding had been confirmed"). */
  public abstract List<Condition> conditions();

  /** The contract currently in place, where the decision replaces, varies or uses it. */
  public abstract Optional<ExistingContract> existingContract();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ContractAward}. */
  public static final class Builder extends ImmutableContractAward.Builder {}
}
