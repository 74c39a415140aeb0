package io.github.minutebook.validation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Walks a value of the model in document order, applying the validator's rules to each value
 * before the values inside it, and the fields in the order of the type's accessors.
 *
 * <p>The walk is written out type by type, without reflection or a lookup per value, because it
 * runs for every value of every document a pipeline validates. {@link Field} names each property
 * it descends into, in order, so that paths can be rendered and violations put in document order.
 */
final class Traversal {
  /** How deep nested parts and points may go before the walk stops descending. */
  static final int MAX_DEPTH = 64;

  /** The types the walk visits, each with its index into the validator's table of rules. */
  static final ImmutableList<Class<?>> TYPES = ImmutableList.of(
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

  private static final ImmutableMap<Class<?>, Integer> INDEX;

  static {
    ImmutableMap.Builder<Class<?>, Integer> index = ImmutableMap.builder();
    for (int i = 0; i < TYPES.size(); i++) {
      index.put(TYPES.get(i), i);
    }
    INDEX = index.build();
  }

  // The index of each type in TYPES: the position of its rules in the validator's table.
  static final int MEETING = 0;
  static final int ATTENDANCE = 1;
  static final int DECLARATION = 2;
  static final int ADJOURNMENT = 3;
  static final int PROCEDURAL_NOTE = 4;
  static final int AGENDA_ITEM = 5;
  static final int PARAGRAPH = 6;
  static final int ACTION = 7;
  static final int ITEM_LINK = 8;
  static final int POST_MEETING_NOTE = 9;
  static final int RESOLUTION = 10;
  static final int RESOLUTION_PART = 11;
  static final int DELEGATION = 12;
  static final int CONDITION = 13;
  static final int VOTE = 14;
  static final int NAMED_VOTE = 15;
  static final int AMENDMENT = 16;
  static final int CALL_IN = 17;
  static final int RECOMMENDATION = 18;
  static final int RECOMMENDATION_SOURCE = 19;
  static final int RECOMMENDATION_RESPONSE = 20;
  static final int PROGRESS_UPDATE = 21;
  static final int FUNDING_ALLOCATION = 22;
  static final int FUNDING_COMPONENT = 23;
  static final int RECHARGE = 24;
  static final int FUNDING_SOURCE = 25;
  static final int CONTRACT_AWARD = 26;
  static final int FRAMEWORK = 27;
  static final int CONTRACT_TERM = 28;
  static final int EVALUATION_CRITERION = 29;
  static final int EXISTING_CONTRACT = 30;
  static final int AMOUNT = 31;
  static final int MONEY = 32;
  static final int FINANCIAL_YEAR = 33;
  static final int DATE_RANGE = 34;
  static final int PARTY = 35;
  static final int PERSON = 36;
  static final int BODY = 37;
  static final int DOCUMENT = 38;
  static final int REPORT_REFERENCE = 39;
  static final int MINUTE_REFERENCE = 40;
  static final int LEGAL_BASIS = 41;

  /**
   * A property the walk descends into: its owner, name, the type of its values, and its rank
   * among the owner's properties in the order of the owner's accessors.
   */
  static final class Field {
    final Class<?> owner;
    final String name;
    final Class<?> type;
    final int rank;

    private Field(Class<?> owner, String name, Class<?> type, int rank) {
      this.owner = owner;
      this.name = name;
      this.type = type;
      this.rank = rank;
    }

    @Override
    public String toString() {
      return owner.getSimpleName() + "." + name;
    }
  }

  /** The fields of each owner, by name, in the order they were declared below (the walk's order). */
  private static final Map<Class<?>, Map<String, Field>> FIELDS = new LinkedHashMap<>();

  private static Field field(Class<?> owner, String name, Class<?> type) {
    Map<String, Field> fields = FIELDS.computeIfAbsent(owner, o -> new LinkedHashMap<>());
    Field field = new Field(owner, name, type, fields.size());
    fields.put(name, field);
    return field;
  }

  /** The root of what is validated: no name, no rank. */
  static final Field ROOT = new Field(Object.class, "", Object.class, -1);

  private static final Field MEETING_AUTHORITY = field(Meeting.class, "authority", Party.class);
  private static final Field MEETING_BODY = field(Meeting.class, "body", Party.class);
  private static final Field MEETING_ADJOURNMENT = field(Meeting.class, "adjournment", Adjournment.class);
  private static final Field MEETING_ATTENDANCE = field(Meeting.class, "attendance", Attendance.class);
  private static final Field MEETING_DECLARATIONS = field(Meeting.class, "declarations", DeclarationOfInterest.class);
  private static final Field MEETING_AGENDA_ITEMS = field(Meeting.class, "agendaItems", AgendaItem.class);
  private static final Field MEETING_PROCEDURAL_NOTES = field(Meeting.class, "proceduralNotes", ProceduralNote.class);
  private static final Field MEETING_DOCUMENTS = field(Meeting.class, "documents", Document.class);
  private static final Field MEETING_CONFIRMED_AT = field(Meeting.class, "confirmedAt", MinuteReference.class);

  private static final Field ATTENDANCE_PERSON = field(Attendance.class, "person", Party.class);
  private static final Field ATTENDANCE_REPRESENTING = field(Attendance.class, "representing", Party.class);
  private static final Field ATTENDANCE_SUBSTITUTE_FOR = field(Attendance.class, "substituteFor", Party.class);

  private static final Field DECLARATION_PERSON = field(DeclarationOfInterest.class, "person", Party.class);

  private static final Field ITEM_EXEMPTION_GROUNDS = field(AgendaItem.class, "exemptionGrounds", LegalBasis.class);
  private static final Field ITEM_REPORT_REFERENCES = field(AgendaItem.class, "reportReferences", ReportReference.class);
  private static final Field ITEM_DOCUMENTS = field(AgendaItem.class, "documents", Document.class);
  private static final Field ITEM_PRESENTERS = field(AgendaItem.class, "presenters", Party.class);
  private static final Field ITEM_LINKS = field(AgendaItem.class, "links", ItemLink.class);
  private static final Field ITEM_NARRATIVE = field(AgendaItem.class, "narrative", Paragraph.class);
  private static final Field ITEM_RESOLUTIONS = field(AgendaItem.class, "resolutions", Resolution.class);
  private static final Field ITEM_RECOMMENDATIONS = field(AgendaItem.class, "recommendations", Recommendation.class);
  private static final Field ITEM_ACTIONS = field(AgendaItem.class, "actions", Action.class);
  private static final Field ITEM_MINUTE_REFERENCES = field(AgendaItem.class, "minuteReferences", MinuteReference.class);
  private static final Field ITEM_POST_MEETING_NOTES = field(AgendaItem.class, "postMeetingNotes", PostMeetingNote.class);

  private static final Field PARAGRAPH_SPEAKERS = field(Paragraph.class, "speakers", Party.class);
  private static final Field PARAGRAPH_POINTS = field(Paragraph.class, "points", Paragraph.class);

  private static final Field ACTION_OWNER = field(Action.class, "owner", Party.class);
  private static final Field ACTION_INVOLVING = field(Action.class, "involving", Party.class);

  private static final Field RESOLUTION_PARTS = field(Resolution.class, "parts", ResolutionPart.class);
  private static final Field RESOLUTION_DECISION_MAKER = field(Resolution.class, "decisionMaker", Party.class);
  private static final Field RESOLUTION_RECOMMENDED_TO = field(Resolution.class, "recommendedTo", Party.class);
  private static final Field RESOLUTION_CALL_IN = field(Resolution.class, "callIn", CallIn.class);
  private static final Field RESOLUTION_MOVED_BY = field(Resolution.class, "movedBy", Party.class);
  private static final Field RESOLUTION_SECONDED_BY = field(Resolution.class, "secondedBy", Party.class);
  private static final Field RESOLUTION_AMENDMENTS = field(Resolution.class, "amendments", Amendment.class);
  private static final Field RESOLUTION_VOTE = field(Resolution.class, "vote", Vote.class);

  private static final Field PART_ADDRESSEE = field(ResolutionPart.class, "addressee", Party.class);
  private static final Field PART_DELEGATION = field(ResolutionPart.class, "delegation", Delegation.class);
  private static final Field PART_CONDITIONS = field(ResolutionPart.class, "conditions", Condition.class);
  private static final Field PART_FUNDING = field(ResolutionPart.class, "fundingAllocations", FundingAllocation.class);
  private static final Field PART_CONTRACTS = field(ResolutionPart.class, "contractAwards", ContractAward.class);
  private static final Field PART_PARTS = field(ResolutionPart.class, "parts", ResolutionPart.class);

  private static final Field DELEGATION_DELEGATE = field(Delegation.class, "delegate", Party.class);
  private static final Field DELEGATION_CONSULTING = field(Delegation.class, "inConsultationWith", Party.class);
  private static final Field DELEGATION_AGREEMENT = field(Delegation.class, "withAgreementOf", Party.class);
  private static final Field DELEGATION_LIMIT = field(Delegation.class, "limit", Amount.class);
  private static final Field DELEGATION_SOURCE = field(Delegation.class, "source", MinuteReference.class);

  private static final Field CONDITION_APPROVER = field(Condition.class, "approver", Party.class);

  private static final Field VOTE_NAMED_VOTES = field(Vote.class, "namedVotes", NamedVote.class);
  private static final Field VOTE_CASTING_VOTE_BY = field(Vote.class, "castingVoteBy", Party.class);

  private static final Field NAMED_VOTE_VOTER = field(NamedVote.class, "voter", Party.class);

  private static final Field AMENDMENT_MOVED_BY = field(Amendment.class, "movedBy", Party.class);
  private static final Field AMENDMENT_SECONDED_BY = field(Amendment.class, "secondedBy", Party.class);
  private static final Field AMENDMENT_VOTE = field(Amendment.class, "vote", Vote.class);

  private static final Field CALL_IN_CONSIDERED_AT = field(CallIn.class, "consideredAt", MinuteReference.class);

  private static final Field RECOMMENDATION_SOURCE_FIELD = field(Recommendation.class, "source", RecommendationSource.class);
  private static final Field RECOMMENDATION_ADDRESSEE = field(Recommendation.class, "addressee", Party.class);
  private static final Field RECOMMENDATION_RESPONSE_FIELD = field(Recommendation.class, "response", RecommendationResponse.class);
  private static final Field RECOMMENDATION_PROGRESS = field(Recommendation.class, "progressUpdates", ProgressUpdate.class);

  private static final Field SOURCE_BODY = field(RecommendationSource.class, "body", Party.class);
  private static final Field SOURCE_REPORT = field(RecommendationSource.class, "report", ReportReference.class);

  private static final Field RESPONSE_RESPONDENT = field(RecommendationResponse.class, "respondent", Party.class);

  private static final Field PROGRESS_REPORTED_BY = field(ProgressUpdate.class, "reportedBy", Party.class);
  private static final Field PROGRESS_RECORDED_AT = field(ProgressUpdate.class, "recordedAt", MinuteReference.class);

  private static final Field FUNDING_AMOUNT = field(FundingAllocation.class, "amount", Amount.class);
  private static final Field FUNDING_FULL_YEAR_EFFECT = field(FundingAllocation.class, "fullYearEffect", Amount.class);
  private static final Field FUNDING_COMPONENTS = field(FundingAllocation.class, "components", FundingComponent.class);
  private static final Field FUNDING_RECHARGES = field(FundingAllocation.class, "recharges", Recharge.class);
  private static final Field FUNDING_SOURCES = field(FundingAllocation.class, "fundingSources", FundingSource.class);
  private static final Field FUNDING_RECIPIENT = field(FundingAllocation.class, "recipient", Party.class);
  private static final Field FUNDING_PARTNER = field(FundingAllocation.class, "partner", Party.class);
  private static final Field FUNDING_LEGAL_BASIS = field(FundingAllocation.class, "legalBasis", LegalBasis.class);
  private static final Field FUNDING_CONDITIONS = field(FundingAllocation.class, "conditions", Condition.class);

  private static final Field COMPONENT_AMOUNT = field(FundingComponent.class, "amount", Amount.class);

  private static final Field RECHARGE_AMOUNT = field(Recharge.class, "amount", Amount.class);
  private static final Field RECHARGE_TO = field(Recharge.class, "to", Party.class);

  private static final Field SOURCE_PROVIDER = field(FundingSource.class, "provider", Party.class);
  private static final Field SOURCE_AMOUNT = field(FundingSource.class, "amount", Amount.class);

  private static final Field CONTRACT_FRAMEWORK = field(ContractAward.class, "framework", Framework.class);
  private static final Field CONTRACT_AUTHORITY = field(ContractAward.class, "contractingAuthority", Party.class);
  private static final Field CONTRACT_LEAD_BODY = field(ContractAward.class, "leadBody", Party.class);
  private static final Field CONTRACT_JOINT_WITH = field(ContractAward.class, "jointWith", Party.class);
  private static final Field CONTRACT_SUPPLIERS = field(ContractAward.class, "suppliers", Party.class);
  private static final Field CONTRACT_VALUE = field(ContractAward.class, "value", Amount.class);
  private static final Field CONTRACT_TERM_FIELD = field(ContractAward.class, "term", ContractTerm.class);
  private static final Field CONTRACT_CRITERIA = field(ContractAward.class, "evaluationCriteria", EvaluationCriterion.class);
  private static final Field CONTRACT_CONDITIONS = field(ContractAward.class, "conditions", Condition.class);
  private static final Field CONTRACT_EXISTING = field(ContractAward.class, "existingContract", ExistingContract.class);

  private static final Field FRAMEWORK_PROVIDER = field(Framework.class, "provider", Party.class);

  private static final Field EXISTING_SUPPLIER = field(ExistingContract.class, "supplier", Party.class);
  private static final Field EXISTING_FRAMEWORK = field(ExistingContract.class, "framework", Framework.class);
  private static final Field EXISTING_HELD_BY = field(ExistingContract.class, "heldBy", Party.class);

  private static final Field AMOUNT_VALUE = field(Amount.class, "value", Money.class);
  private static final Field AMOUNT_FINANCIAL_YEAR = field(Amount.class, "financialYear", FinancialYear.class);
  private static final Field AMOUNT_PERIOD = field(Amount.class, "period", DateRange.class);

  private static final Field PERSON_ORGANISATION = field(Person.class, "organisation", Party.class);

  private static final Field REPORT_DOCUMENT = field(ReportReference.class, "document", Document.class);

  private static final Field MINUTE_REFERENCE_BODY = field(MinuteReference.class, "body", Party.class);

  private final MeetingValidator validator;
  private final RuleContext context;
  private int nesting;

  Traversal(MeetingValidator validator, RuleContext context) {
    this.validator = validator;
    this.context = context;
  }

  /**
   * Whether rules for {@code type} have values to check: it is a type of the model, or a
   * supertype of one (such as {@code Party} or {@code Identified}), whose rules then apply to
   * every value of the model's types below it.
   */
  static boolean supports(Class<?> type) {
    if (INDEX.containsKey(type)) {
      return true;
    }
    for (Class<?> modelType : TYPES) {
      if (type.isAssignableFrom(modelType)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code type} is one of the model's own types, not a supertype of them. */
  static boolean isModelType(Class<?> type) {
    return INDEX.containsKey(type);
  }

  /** The index of {@code type} in {@link #TYPES}. */
  static int indexOf(Class<?> type) {
    Integer index = INDEX.get(type);
    if (index == null) {
      throw new IllegalArgumentException(type.getName() + " is not a type of the Minutebook model");
    }
    return index;
  }

  /** The field of {@code owner} named {@code name}, if the walk descends into one. */
  static Optional<Field> field(Class<?> owner, String name) {
    Map<String, Field> fields = FIELDS.get(owner);
    return Optional.ofNullable(fields == null ? null : fields.get(name));
  }

  /** Every field the walk descends into, owner by owner, in the walk's order. */
  static List<Field> fields() {
    List<Field> all = new ArrayList<>();
    FIELDS.values().forEach(fields -> all.addAll(fields.values()));
    return all;
  }

  /** The type whose fields a value of {@code declared} type has: its concrete kind, for a party. */
  static Class<?> ownerOf(Class<?> declared, Object value) {
    if (declared == Party.class || declared == Object.class) {
      if (value instanceof Person) {
        return Person.class;
      }
      if (value instanceof Body) {
        return Body.class;
      }
      for (Class<?> type : TYPES) {
        if (type.isInstance(value)) {
          return type;
        }
      }
    }
    return declared;
  }

  /** Walks {@code value} as the root: its path is empty. */
  <T> void root(Class<T> type, T value) {
    context.enter(ROOT, -1, value);
    walk(indexOf(type), value);
    context.leave();
  }

  /**
   * Walks a value of the type at {@code type} in {@link #TYPES}. A switch rather than a function
   * per field, so that every call is a direct one whatever the JIT inlines.
   */
  private void walk(int type, Object value) {
    switch (type) {
      case MEETING: meeting(this, (Meeting) value); break;
      case ATTENDANCE: attendance(this, (Attendance) value); break;
      case DECLARATION: declaration(this, (DeclarationOfInterest) value); break;
      case AGENDA_ITEM: item(this, (AgendaItem) value); break;
      case PARAGRAPH: paragraph(this, (Paragraph) value); break;
      case ACTION: action(this, (Action) value); break;
      case RESOLUTION: resolution(this, (Resolution) value); break;
      case RESOLUTION_PART: part(this, (ResolutionPart) value); break;
      case DELEGATION: delegation(this, (Delegation) value); break;
      case CONDITION: condition(this, (Condition) value); break;
      case VOTE: vote(this, (Vote) value); break;
      case NAMED_VOTE: namedVote(this, (NamedVote) value); break;
      case AMENDMENT: amendment(this, (Amendment) value); break;
      case CALL_IN: callIn(this, (CallIn) value); break;
      case RECOMMENDATION: recommendation(this, (Recommendation) value); break;
      case RECOMMENDATION_SOURCE: recommendationSource(this, (RecommendationSource) value); break;
      case RECOMMENDATION_RESPONSE: response(this, (RecommendationResponse) value); break;
      case PROGRESS_UPDATE: progress(this, (ProgressUpdate) value); break;
      case FUNDING_ALLOCATION: funding(this, (FundingAllocation) value); break;
      case FUNDING_COMPONENT: component(this, (FundingComponent) value); break;
      case RECHARGE: recharge(this, (Recharge) value); break;
      case FUNDING_SOURCE: fundingSource(this, (FundingSource) value); break;
      case CONTRACT_AWARD: contract(this, (ContractAward) value); break;
      case FRAMEWORK: framework(this, (Framework) value); break;
      case EXISTING_CONTRACT: existingContract(this, (ExistingContract) value); break;
      case AMOUNT: amount(this, (Amount) value); break;
      case PARTY: case PERSON: case BODY: party(this, (Party) value); break;
      case REPORT_REFERENCE: reportReference(this, (ReportReference) value); break;
      case MINUTE_REFERENCE: minuteReference(this, (MinuteReference) value); break;
      default: rules(type, value); // the types with nothing inside to walk
    }
  }

  // --- the steps of the walk ---

  private void rules(int type, Object value) {
    validator.apply(type, value, context);
  }

  private void one(Field field, Object value, int type) {
    context.enter(field, -1, value);
    walk(type, value);
    context.leave();
  }

  private void optional(Field field, Optional<?> value, int type) {
    if (value.isPresent()) {
      one(field, value.get(), type);
    }
  }

  private void list(Field field, List<?> values, int type) {
    for (int i = 0, n = values.size(); i < n; i++) {
      Object value = values.get(i);
      context.enter(field, i, value);
      walk(type, value);
      context.leave();
    }
  }

  /**
   * Goes one level deeper into parts or points, unless nesting is already too deep, which is
   * reported at the current value; the caller comes back up with {@code nesting--}.
   */
  private boolean deeper() {
    if (nesting >= MAX_DEPTH) {
      context.using(MeetingValidator.TOO_DEEP, Severity.ERROR);
      context.report("", "Nesting stops here: more than {max} levels of parts or points", "max", MAX_DEPTH);
      return false;
    }
    nesting++;
    return true;
  }

  // --- one method a type, each applying the type's rules and then walking its fields in order ---

  /** A person or body: the rules for Party and for its own type, which the validator has merged. */
  private static void party(Traversal t, Party party) {
    if (party instanceof Person person) {
      t.rules(PERSON, person);
      t.optional(PERSON_ORGANISATION, person.organisation(), PARTY);
    } else {
      t.rules(BODY, party);
    }
  }

  private static void meeting(Traversal t, Meeting m) {
    t.rules(MEETING, m);
    t.optional(MEETING_AUTHORITY, m.authority(), PARTY);
    t.optional(MEETING_BODY, m.body(), PARTY);
    t.optional(MEETING_ADJOURNMENT, m.adjournment(), ADJOURNMENT);
    t.list(MEETING_ATTENDANCE, m.attendance(), ATTENDANCE);
    t.list(MEETING_DECLARATIONS, m.declarations(), DECLARATION);
    t.list(MEETING_AGENDA_ITEMS, m.agendaItems(), AGENDA_ITEM);
    t.list(MEETING_PROCEDURAL_NOTES, m.proceduralNotes(), PROCEDURAL_NOTE);
    t.list(MEETING_DOCUMENTS, m.documents(), DOCUMENT);
    t.optional(MEETING_CONFIRMED_AT, m.confirmedAt(), MINUTE_REFERENCE);
  }

  private static void attendance(Traversal t, Attendance a) {
    t.rules(ATTENDANCE, a);
    t.one(ATTENDANCE_PERSON, a.person(), PARTY);
    t.list(ATTENDANCE_REPRESENTING, a.representing(), PARTY);
    t.optional(ATTENDANCE_SUBSTITUTE_FOR, a.substituteFor(), PARTY);
  }

  private static void declaration(Traversal t, DeclarationOfInterest d) {
    t.rules(DECLARATION, d);
    t.one(DECLARATION_PERSON, d.person(), PARTY);
  }

  private static void item(Traversal t, AgendaItem item) {
    t.rules(AGENDA_ITEM, item);
    t.list(ITEM_EXEMPTION_GROUNDS, item.exemptionGrounds(), LEGAL_BASIS);
    t.list(ITEM_REPORT_REFERENCES, item.reportReferences(), REPORT_REFERENCE);
    t.list(ITEM_DOCUMENTS, item.documents(), DOCUMENT);
    t.list(ITEM_PRESENTERS, item.presenters(), PARTY);
    t.list(ITEM_LINKS, item.links(), ITEM_LINK);
    t.list(ITEM_NARRATIVE, item.narrative(), PARAGRAPH);
    t.list(ITEM_RESOLUTIONS, item.resolutions(), RESOLUTION);
    t.list(ITEM_RECOMMENDATIONS, item.recommendations(), RECOMMENDATION);
    t.list(ITEM_ACTIONS, item.actions(), ACTION);
    t.list(ITEM_MINUTE_REFERENCES, item.minuteReferences(), MINUTE_REFERENCE);
    t.list(ITEM_POST_MEETING_NOTES, item.postMeetingNotes(), POST_MEETING_NOTE);
  }

  private static void paragraph(Traversal t, Paragraph p) {
    t.rules(PARAGRAPH, p);
    if (!t.deeper()) {
      return;
    }
    t.list(PARAGRAPH_SPEAKERS, p.speakers(), PARTY);
    t.list(PARAGRAPH_POINTS, p.points(), PARAGRAPH);
    t.nesting--;
  }

  private static void action(Traversal t, Action a) {
    t.rules(ACTION, a);
    t.optional(ACTION_OWNER, a.owner(), PARTY);
    t.list(ACTION_INVOLVING, a.involving(), PARTY);
  }

  private static void resolution(Traversal t, Resolution r) {
    t.rules(RESOLUTION, r);
    t.list(RESOLUTION_PARTS, r.parts(), RESOLUTION_PART);
    t.optional(RESOLUTION_DECISION_MAKER, r.decisionMaker(), PARTY);
    t.optional(RESOLUTION_RECOMMENDED_TO, r.recommendedTo(), PARTY);
    t.optional(RESOLUTION_CALL_IN, r.callIn(), CALL_IN);
    t.optional(RESOLUTION_MOVED_BY, r.movedBy(), PARTY);
    t.optional(RESOLUTION_SECONDED_BY, r.secondedBy(), PARTY);
    t.list(RESOLUTION_AMENDMENTS, r.amendments(), AMENDMENT);
    t.optional(RESOLUTION_VOTE, r.vote(), VOTE);
  }

  private static void part(Traversal t, ResolutionPart p) {
    t.rules(RESOLUTION_PART, p);
    if (!t.deeper()) {
      return;
    }
    t.optional(PART_ADDRESSEE, p.addressee(), PARTY);
    t.optional(PART_DELEGATION, p.delegation(), DELEGATION);
    t.list(PART_CONDITIONS, p.conditions(), CONDITION);
    t.list(PART_FUNDING, p.fundingAllocations(), FUNDING_ALLOCATION);
    t.list(PART_CONTRACTS, p.contractAwards(), CONTRACT_AWARD);
    t.list(PART_PARTS, p.parts(), RESOLUTION_PART);
    t.nesting--;
  }

  private static void delegation(Traversal t, Delegation d) {
    t.rules(DELEGATION, d);
    t.one(DELEGATION_DELEGATE, d.delegate(), PARTY);
    t.list(DELEGATION_CONSULTING, d.inConsultationWith(), PARTY);
    t.list(DELEGATION_AGREEMENT, d.withAgreementOf(), PARTY);
    t.optional(DELEGATION_LIMIT, d.limit(), AMOUNT);
    t.optional(DELEGATION_SOURCE, d.source(), MINUTE_REFERENCE);
  }

  private static void condition(Traversal t, Condition c) {
    t.rules(CONDITION, c);
    t.optional(CONDITION_APPROVER, c.approver(), PARTY);
  }

  private static void vote(Traversal t, Vote v) {
    t.rules(VOTE, v);
    t.list(VOTE_NAMED_VOTES, v.namedVotes(), NAMED_VOTE);
    t.optional(VOTE_CASTING_VOTE_BY, v.castingVoteBy(), PARTY);
  }

  private static void namedVote(Traversal t, NamedVote n) {
    t.rules(NAMED_VOTE, n);
    t.one(NAMED_VOTE_VOTER, n.voter(), PARTY);
  }

  private static void amendment(Traversal t, Amendment a) {
    t.rules(AMENDMENT, a);
    t.optional(AMENDMENT_MOVED_BY, a.movedBy(), PARTY);
    t.optional(AMENDMENT_SECONDED_BY, a.secondedBy(), PARTY);
    t.optional(AMENDMENT_VOTE, a.vote(), VOTE);
  }

  private static void callIn(Traversal t, CallIn c) {
    t.rules(CALL_IN, c);
    t.optional(CALL_IN_CONSIDERED_AT, c.consideredAt(), MINUTE_REFERENCE);
  }

  private static void recommendation(Traversal t, Recommendation r) {
    t.rules(RECOMMENDATION, r);
    t.optional(RECOMMENDATION_SOURCE_FIELD, r.source(), RECOMMENDATION_SOURCE);
    t.optional(RECOMMENDATION_ADDRESSEE, r.addressee(), PARTY);
    t.optional(RECOMMENDATION_RESPONSE_FIELD, r.response(), RECOMMENDATION_RESPONSE);
    t.list(RECOMMENDATION_PROGRESS, r.progressUpdates(), PROGRESS_UPDATE);
  }

  private static void recommendationSource(Traversal t, RecommendationSource s) {
    t.rules(RECOMMENDATION_SOURCE, s);
    t.optional(SOURCE_BODY, s.body(), PARTY);
    t.optional(SOURCE_REPORT, s.report(), REPORT_REFERENCE);
  }

  private static void response(Traversal t, RecommendationResponse r) {
    t.rules(RECOMMENDATION_RESPONSE, r);
    t.optional(RESPONSE_RESPONDENT, r.respondent(), PARTY);
  }

  private static void progress(Traversal t, ProgressUpdate p) {
    t.rules(PROGRESS_UPDATE, p);
    t.optional(PROGRESS_REPORTED_BY, p.reportedBy(), PARTY);
    t.optional(PROGRESS_RECORDED_AT, p.recordedAt(), MINUTE_REFERENCE);
  }

  private static void funding(Traversal t, FundingAllocation f) {
    t.rules(FUNDING_ALLOCATION, f);
    t.one(FUNDING_AMOUNT, f.amount(), AMOUNT);
    t.optional(FUNDING_FULL_YEAR_EFFECT, f.fullYearEffect(), AMOUNT);
    t.list(FUNDING_COMPONENTS, f.components(), FUNDING_COMPONENT);
    t.list(FUNDING_RECHARGES, f.recharges(), RECHARGE);
    t.list(FUNDING_SOURCES, f.fundingSources(), FUNDING_SOURCE);
    t.optional(FUNDING_RECIPIENT, f.recipient(), PARTY);
    t.optional(FUNDING_PARTNER, f.partner(), PARTY);
    t.optional(FUNDING_LEGAL_BASIS, f.legalBasis(), LEGAL_BASIS);
    t.list(FUNDING_CONDITIONS, f.conditions(), CONDITION);
  }

  private static void component(Traversal t, FundingComponent c) {
    t.rules(FUNDING_COMPONENT, c);
    t.one(COMPONENT_AMOUNT, c.amount(), AMOUNT);
  }

  private static void recharge(Traversal t, Recharge r) {
    t.rules(RECHARGE, r);
    t.one(RECHARGE_AMOUNT, r.amount(), AMOUNT);
    t.one(RECHARGE_TO, r.to(), PARTY);
  }

  private static void fundingSource(Traversal t, FundingSource s) {
    t.rules(FUNDING_SOURCE, s);
    t.optional(SOURCE_PROVIDER, s.provider(), PARTY);
    t.optional(SOURCE_AMOUNT, s.amount(), AMOUNT);
  }

  private static void contract(Traversal t, ContractAward c) {
    t.rules(CONTRACT_AWARD, c);
    t.optional(CONTRACT_FRAMEWORK, c.framework(), FRAMEWORK);
    t.optional(CONTRACT_AUTHORITY, c.contractingAuthority(), PARTY);
    t.optional(CONTRACT_LEAD_BODY, c.leadBody(), PARTY);
    t.list(CONTRACT_JOINT_WITH, c.jointWith(), PARTY);
    t.list(CONTRACT_SUPPLIERS, c.suppliers(), PARTY);
    t.optional(CONTRACT_VALUE, c.value(), AMOUNT);
    t.optional(CONTRACT_TERM_FIELD, c.term(), CONTRACT_TERM);
    t.list(CONTRACT_CRITERIA, c.evaluationCriteria(), EVALUATION_CRITERION);
    t.list(CONTRACT_CONDITIONS, c.conditions(), CONDITION);
    t.optional(CONTRACT_EXISTING, c.existingContract(), EXISTING_CONTRACT);
  }

  private static void framework(Traversal t, Framework f) {
    t.rules(FRAMEWORK, f);
    t.optional(FRAMEWORK_PROVIDER, f.provider(), PARTY);
  }

  private static void existingContract(Traversal t, ExistingContract e) {
    t.rules(EXISTING_CONTRACT, e);
    t.optional(EXISTING_SUPPLIER, e.supplier(), PARTY);
    t.optional(EXISTING_FRAMEWORK, e.framework(), FRAMEWORK);
    t.optional(EXISTING_HELD_BY, e.heldBy(), PARTY);
  }

  private static void amount(Traversal t, Amount a) {
    t.rules(AMOUNT, a);
    t.one(AMOUNT_VALUE, a.value(), MONEY);
    t.optional(AMOUNT_FINANCIAL_YEAR, a.financialYear(), FINANCIAL_YEAR);
    t.optional(AMOUNT_PERIOD, a.period(), DATE_RANGE);
  }

  private static void reportReference(Traversal t, ReportReference r) {
    t.rules(REPORT_REFERENCE, r);
    t.optional(REPORT_DOCUMENT, r.document(), DOCUMENT);
  }

  private static void minuteReference(Traversal t, MinuteReference r) {
    t.rules(MINUTE_REFERENCE, r);
    t.optional(MINUTE_REFERENCE_BODY, r.body(), PARTY);
  }
}
