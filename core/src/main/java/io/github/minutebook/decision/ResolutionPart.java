package io.github.minutebook.decision;

import io.github.minutebook.Identified;
import io.github.minutebook.condition.Condition;
import io.github.minutebook.funding.Figure;
import io.github.minutebook.funding.FundingAllocation;
import io.github.minutebook.funding.Virement;
import io.github.minutebook.party.Party;
import io.github.minutebook.procurement.ContractAward;
import io.github.minutebook.reference.LegalBasis;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One part of a resolution: "(3) Council be recommended to approve funding for the posts ...".
 *
 * <p>The {@link #label()} is the part's number or letter without brackets ("3", "c", "ii"), empty
 * for a single unnumbered resolution. The {@link #text()} is verbatim. The structure beside it
 * says what the part does ({@link #effect()}), to whom it is addressed, what it delegates, what it
 * is conditional on, and which funding allocations and contract decisions it makes. Parts may
 * have parts of their own.
 */
@Value.Immutable
public abstract class ResolutionPart implements WithResolutionPart, Identified {
  ResolutionPart() {}

  /** A stable identifier, so that other records can refer to this part. */
  @Override
  public abstract Optional<String> id();

  /** The part's number or letter as written, without brackets: "1", "a", "ii". */
  public abstract Optional<String> label();

  /** The part's words, verbatim. */
  public abstract String text();

  /** What the part does. */
  public abstract PartEffect effect();

  /** Whom the part addresses: the body recommended to, the person requested to act. */
  public abstract Optional<Party> addressee();

  /** What the part delegates, for a delegation. */
  public abstract Optional<Delegation> delegation();

  /** What the part is subject to. */
  public abstract List<Condition> conditions();

  /** Money the part commits, releases or recommends. */
  public abstract List<FundingAllocation> fundingAllocations();

  /** Contract decisions the part makes. */
  public abstract List<ContractAward> contractAwards();

  /** Appointments the part makes. */
  public abstract List<Appointment> appointments();

  /** Budget virements the part approves: money moved between budgets, not new money. */
  public abstract List<Virement> virements();

  /** Sums the part states without deciding them: a revised total, a prior agreement's value. */
  public abstract List<Figure> figures();

  /** The numbers or identifiers of the recommendations this part adopts ("recommendations 1 to 3"). */
  public abstract List<String> adoptsRecommendations();

  /** The legal or procedural basis stated for this part. */
  public abstract List<LegalBasis> legalBasis();

  /** Sub-parts ("(a) ... (b) ..." within "(1)"). */
  public abstract List<ResolutionPart> parts();

  /**
   * The vote on this part alone, where the question was divided and each part voted on separately
   * ("Rule 8: Roll Call, Ayes: Schroeder and Kysylyczyn ... Rule disapproved, 2-3").
   */
  public abstract Optional<Vote> vote();

  /** The language of the part's text as a BCP 47 tag, where the minutes are in more than one. */
  public abstract Optional<String> language();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ResolutionPart}. */
  public static final class Builder extends ImmutableResolutionPart.Builder {}
}
