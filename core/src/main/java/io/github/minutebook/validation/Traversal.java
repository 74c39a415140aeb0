package io.github.minutebook.validation;

import com.google.common.collect.ImmutableSet;
import io.github.minutebook.agenda.Action;
import io.github.minutebook.agenda.AgendaItem;
import io.github.minutebook.agenda.ItemLink;
import io.github.minutebook.agenda.Paragraph;
import io.github.minutebook.agenda.PostMeetingNote;
import io.github.minutebook.calendar.DateRange;
import io.github.minutebook.calendar.FinancialYear;
import io.github.minutebook.condition.Condition;
import io.github.minutebook.decision.Amendment;
import io.github.minutebook.decision.CallIn;
import io.github.minutebook.decision.Delegation;
import io.github.minutebook.decision.NamedVote;
import io.github.minutebook.decision.Resolution;
import io.github.minutebook.decision.ResolutionPart;
import io.github.minutebook.decision.Vote;
import io.github.minutebook.funding.FundingAllocation;
import io.github.minutebook.funding.FundingComponent;
import io.github.minutebook.funding.FundingSource;
import io.github.minutebook.funding.Recharge;
import io.github.minutebook.meeting.Adjournment;
import io.github.minutebook.meeting.Attendance;
import io.github.minutebook.meeting.DeclarationOfInterest;
import io.github.minutebook.meeting.Meeting;
import io.github.minutebook.meeting.ProceduralNote;
import io.github.minutebook.money.Amount;
import io.github.minutebook.money.Money;
import io.github.minutebook.party.Body;
import io.github.minutebook.party.Party;
import io.github.minutebook.party.Person;
import io.github.minutebook.procurement.ContractAward;
import io.github.minutebook.procurement.ContractTerm;
import io.github.minutebook.procurement.EvaluationCriterion;
import io.github.minutebook.procurement.ExistingContract;
import io.github.minutebook.procurement.Framework;
import io.github.minutebook.recommendation.ProgressUpdate;
import io.github.minutebook.recommendation.Recommendation;
import io.github.minutebook.recommendation.RecommendationResponse;
import io.github.minutebook.recommendation.RecommendationSource;
import io.github.minutebook.reference.Document;
import io.github.minutebook.reference.LegalBasis;
import io.github.minutebook.reference.MinuteReference;
import io.github.minutebook.reference.ReportReference;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * Walks a value of the model in document order, applying the validator's rules to each value
 * before the values inside it, and the fields in the order of the type's accessors.
 */
final class Traversal {
  /** How deep nested parts and points may go before the walk stops descending. */
  static final int MAX_DEPTH = 64;

  private static final ImmutableSet<Class<?>> TYPES = ImmutableSet.of(
      Meeting.class, Attendance.class, DeclarationOfInterest.class, Adjournment.class,
      ProceduralNote.class, AgendaItem.class, Paragraph.class, Action.class, ItemLink.class,
      PostMeetingNote.class, Resolution.class, ResolutionPart.class, Delegation.class,
      Condition.class, Vote.class, NamedVote.class, Amendment.class, CallIn.class,
      Recommendation.class, RecommendationSource.class, RecommendationResponse.class,
      ProgressUpdate.class, FundingAllocation.class, FundingComponent.class, Recharge.class,
      FundingSource.class, ContractAward.class, Framework.class, ContractTerm.class,
      EvaluationCriterion.class, ExistingContract.class, Amount.class, Money.class,
      FinancialYear.class, DateRange.class, Party.class, Person.class, Body.class,
      Document.class, ReportReference.class, MinuteReference.class, LegalBasis.class);

  private final MeetingValidator validator;
  private final RuleContext context;
  private int nesting;

  Traversal(MeetingValidator validator, RuleContext context) {
    this.validator = validator;
    this.context = context;
  }

  static boolean supports(Class<?> type) {
    return TYPES.contains(type);
  }

  /** Walks {@code value} as the root: its path is empty. */
  @SuppressWarnings("unchecked")
  <T> void root(Class<T> type, T value) {
    context.enter("", -1, value);
    try {
      childrenOf(type, value);
    } finally {
      context.leave();
    }
  }

  private <T> void one(String name, Class<T> type, T value) {
    one(name, -1, type, value);
  }

  private <T> void one(String name, int index, Class<T> type, T value) {
    context.enter(name, index, value);
    try {
      childrenOf(type, value);
    } finally {
      context.leave();
    }
  }

  private <T> void optional(String name, Class<T> type, Optional<? extends T> value) {
    if (value.isPresent()) {
      one(name, -1, type, value.get());
    }
  }

  private <T> void list(String name, Class<T> type, List<? extends T> values) {
    for (int i = 0; i < values.size(); i++) {
      one(name, i, type, values.get(i));
    }
  }

  /** Applies the rules for {@code type}, then walks the values inside. */
  private <T> void childrenOf(Class<T> type, T value) {
    if (value instanceof Party party) {
      party(party);
      return;
    }
    validator.apply(type, value, context);
    Object v = value;
    if (v instanceof Meeting m) {
      meeting(m);
    } else if (v instanceof AgendaItem item) {
      item(item);
    } else if (v instanceof Paragraph p) {
      nested(p, this::paragraph);
    } else if (v instanceof Resolution r) {
      resolution(r);
    } else if (v instanceof ResolutionPart p) {
      nested(p, this::part);
    } else if (v instanceof FundingAllocation f) {
      funding(f);
    } else if (v instanceof ContractAward c) {
      contract(c);
    } else if (v instanceof Recommendation r) {
      recommendation(r);
    } else {
      leaf(v);
    }
  }

  /** Applies the rules for Party and for the party's own type, which the validator has merged. */
  private void party(Party party) {
    if (party instanceof Person person) {
      validator.apply(Person.class, person, context);
      optional("organisation", Body.class, person.organisation());
    } else if (party instanceof Body body) {
      validator.apply(Body.class, body, context);
    }
  }

  /** Descends into a recursive value unless nesting is already too deep. */
  private <T> void nested(T value, BiConsumer<T, Integer> walk) {
    if (nesting >= MAX_DEPTH) {
      context.using(MeetingValidator.TOO_DEEP, Severity.ERROR);
      context.report("", "Nesting stops here: more than {max} levels of parts or points",
          "max", MAX_DEPTH);
      return;
    }
    nesting++;
    try {
      walk.accept(value, nesting);
    } finally {
      nesting--;
    }
  }

  private void meeting(Meeting m) {
    optional("authority", Party.class, m.authority());
    optional("body", Party.class, m.body());
    optional("adjournment", Adjournment.class, m.adjournment());
    list("attendance", Attendance.class, m.attendance());
    list("declarations", DeclarationOfInterest.class, m.declarations());
    list("agendaItems", AgendaItem.class, m.agendaItems());
    list("proceduralNotes", ProceduralNote.class, m.proceduralNotes());
    list("documents", Document.class, m.documents());
    optional("confirmedAt", MinuteReference.class, m.confirmedAt());
  }

  private void item(AgendaItem item) {
    list("exemptionGrounds", LegalBasis.class, item.exemptionGrounds());
    list("reportReferences", ReportReference.class, item.reportReferences());
    list("documents", Document.class, item.documents());
    list("presenters", Party.class, item.presenters());
    list("links", ItemLink.class, item.links());
    list("narrative", Paragraph.class, item.narrative());
    list("resolutions", Resolution.class, item.resolutions());
    list("recommendations", Recommendation.class, item.recommendations());
    list("actions", Action.class, item.actions());
    list("minuteReferences", MinuteReference.class, item.minuteReferences());
    list("postMeetingNotes", PostMeetingNote.class, item.postMeetingNotes());
  }

  private void paragraph(Paragraph p, int depth) {
    list("speakers", Party.class, p.speakers());
    list("points", Paragraph.class, p.points());
  }

  private void resolution(Resolution r) {
    list("parts", ResolutionPart.class, r.parts());
    optional("decisionMaker", Party.class, r.decisionMaker());
    optional("recommendedTo", Party.class, r.recommendedTo());
    optional("callIn", CallIn.class, r.callIn());
    optional("movedBy", Party.class, r.movedBy());
    optional("secondedBy", Party.class, r.secondedBy());
    list("amendments", Amendment.class, r.amendments());
    optional("vote", Vote.class, r.vote());
  }

  private void part(ResolutionPart p, int depth) {
    optional("addressee", Party.class, p.addressee());
    optional("delegation", Delegation.class, p.delegation());
    list("conditions", Condition.class, p.conditions());
    list("fundingAllocations", FundingAllocation.class, p.fundingAllocations());
    list("contractAwards", ContractAward.class, p.contractAwards());
    list("parts", ResolutionPart.class, p.parts());
  }

  private void funding(FundingAllocation f) {
    one("amount", Amount.class, f.amount());
    optional("fullYearEffect", Amount.class, f.fullYearEffect());
    list("components", FundingComponent.class, f.components());
    list("recharges", Recharge.class, f.recharges());
    list("fundingSources", FundingSource.class, f.fundingSources());
    optional("recipient", Party.class, f.recipient());
    optional("partner", Party.class, f.partner());
    optional("legalBasis", LegalBasis.class, f.legalBasis());
    list("conditions", Condition.class, f.conditions());
  }

  private void contract(ContractAward c) {
    optional("framework", Framework.class, c.framework());
    optional("contractingAuthority", Party.class, c.contractingAuthority());
    optional("leadBody", Party.class, c.leadBody());
    list("jointWith", Party.class, c.jointWith());
    list("suppliers", Party.class, c.suppliers());
    optional("value", Amount.class, c.value());
    optional("term", ContractTerm.class, c.term());
    list("evaluationCriteria", EvaluationCriterion.class, c.evaluationCriteria());
    list("conditions", Condition.class, c.conditions());
    optional("existingContract", ExistingContract.class, c.existingContract());
  }

  private void recommendation(Recommendation r) {
    optional("source", RecommendationSource.class, r.source());
    optional("addressee", Party.class, r.addressee());
    optional("response", RecommendationResponse.class, r.response());
    list("progressUpdates", ProgressUpdate.class, r.progressUpdates());
  }

  /** The values inside the smaller types. */
  private void leaf(Object v) {
    if (v instanceof Attendance a) {
      one("person", Party.class, a.person());
      list("representing", Party.class, a.representing());
      optional("substituteFor", Party.class, a.substituteFor());
    } else if (v instanceof DeclarationOfInterest d) {
      one("person", Party.class, d.person());
    } else if (v instanceof Action a) {
      optional("owner", Party.class, a.owner());
      list("involving", Party.class, a.involving());
    } else if (v instanceof Delegation d) {
      one("delegate", Party.class, d.delegate());
      list("inConsultationWith", Party.class, d.inConsultationWith());
      list("withAgreementOf", Party.class, d.withAgreementOf());
      optional("limit", Amount.class, d.limit());
      optional("source", MinuteReference.class, d.source());
    } else if (v instanceof Condition c) {
      optional("approver", Party.class, c.approver());
    } else if (v instanceof Vote vote) {
      list("namedVotes", NamedVote.class, vote.namedVotes());
      optional("castingVoteBy", Party.class, vote.castingVoteBy());
    } else if (v instanceof NamedVote n) {
      one("voter", Party.class, n.voter());
    } else if (v instanceof Amendment a) {
      optional("movedBy", Party.class, a.movedBy());
      optional("secondedBy", Party.class, a.secondedBy());
      optional("vote", Vote.class, a.vote());
    } else if (v instanceof CallIn c) {
      optional("consideredAt", MinuteReference.class, c.consideredAt());
    } else if (v instanceof RecommendationSource s) {
      optional("body", Party.class, s.body());
      optional("report", ReportReference.class, s.report());
    } else if (v instanceof RecommendationResponse r) {
      optional("respondent", Party.class, r.respondent());
    } else if (v instanceof ProgressUpdate p) {
      optional("reportedBy", Party.class, p.reportedBy());
      optional("recordedAt", MinuteReference.class, p.recordedAt());
    } else if (v instanceof FundingComponent c) {
      one("amount", Amount.class, c.amount());
    } else if (v instanceof Recharge r) {
      one("amount", Amount.class, r.amount());
      one("to", Party.class, r.to());
    } else if (v instanceof FundingSource s) {
      optional("provider", Party.class, s.provider());
      optional("amount", Amount.class, s.amount());
    } else if (v instanceof Framework f) {
      optional("provider", Party.class, f.provider());
    } else if (v instanceof ExistingContract e) {
      optional("supplier", Party.class, e.supplier());
      optional("framework", Framework.class, e.framework());
      optional("heldBy", Party.class, e.heldBy());
    } else if (v instanceof Amount a) {
      one("value", Money.class, a.value());
      optional("financialYear", FinancialYear.class, a.financialYear());
      optional("period", DateRange.class, a.period());
    } else if (v instanceof ReportReference r) {
      optional("document", Document.class, r.document());
    } else if (v instanceof MinuteReference r) {
      optional("body", Party.class, r.body());
    }
  }
}
