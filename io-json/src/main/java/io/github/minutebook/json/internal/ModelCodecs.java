package io.github.minutebook.json.internal;

import static io.github.minutebook.json.internal.Scalars.BOOLEAN;
import static io.github.minutebook.json.internal.Scalars.CURRENCY_CODEC;
import static io.github.minutebook.json.internal.Scalars.DATE_CODEC;
import static io.github.minutebook.json.internal.Scalars.DECIMAL_STRING;
import static io.github.minutebook.json.internal.Scalars.INSTANT_CODEC;
import static io.github.minutebook.json.internal.Scalars.INTEGER;
import static io.github.minutebook.json.internal.Scalars.MONTH_DAY_CODEC;
import static io.github.minutebook.json.internal.Scalars.PERIOD_CODEC;
import static io.github.minutebook.json.internal.Scalars.TEXT;
import static io.github.minutebook.json.internal.Scalars.TIME_CODEC;
import static io.github.minutebook.json.internal.Scalars.ZONE;
import static io.github.minutebook.json.internal.Scalars.codeList;

import io.github.minutebook.agenda.Access;
import io.github.minutebook.agenda.Action;
import io.github.minutebook.agenda.ActionKind;
import io.github.minutebook.agenda.AgendaItem;
import io.github.minutebook.agenda.ItemKind;
import io.github.minutebook.agenda.ItemLink;
import io.github.minutebook.agenda.ItemOutcome;
import io.github.minutebook.agenda.LinkRelation;
import io.github.minutebook.agenda.Paragraph;
import io.github.minutebook.agenda.ParagraphKind;
import io.github.minutebook.agenda.PostMeetingNote;
import io.github.minutebook.calendar.DateRange;
import io.github.minutebook.calendar.FinancialYear;
import io.github.minutebook.condition.Condition;
import io.github.minutebook.condition.ConditionKind;
import io.github.minutebook.decision.Amendment;
import io.github.minutebook.decision.AmendmentOutcome;
import io.github.minutebook.decision.CallIn;
import io.github.minutebook.decision.CallInOutcome;
import io.github.minutebook.decision.Delegation;
import io.github.minutebook.decision.NamedVote;
import io.github.minutebook.decision.PartEffect;
import io.github.minutebook.decision.Resolution;
import io.github.minutebook.decision.ResolutionPart;
import io.github.minutebook.decision.Vote;
import io.github.minutebook.decision.VoteOption;
import io.github.minutebook.decision.VoteResult;
import io.github.minutebook.funding.ComponentRelation;
import io.github.minutebook.funding.FundingAllocation;
import io.github.minutebook.funding.FundingComponent;
import io.github.minutebook.funding.FundingSource;
import io.github.minutebook.funding.FundingSourceKind;
import io.github.minutebook.funding.FundingStatus;
import io.github.minutebook.funding.Recharge;
import io.github.minutebook.funding.RechargeKind;
import io.github.minutebook.funding.SpendType;
import io.github.minutebook.meeting.Adjournment;
import io.github.minutebook.meeting.Attendance;
import io.github.minutebook.meeting.AttendanceRole;
import io.github.minutebook.meeting.DeclarationOfInterest;
import io.github.minutebook.meeting.InterestAction;
import io.github.minutebook.meeting.InterestKind;
import io.github.minutebook.meeting.Meeting;
import io.github.minutebook.meeting.MeetingStatus;
import io.github.minutebook.meeting.MinutesStatus;
import io.github.minutebook.meeting.ProceduralNote;
import io.github.minutebook.meeting.ProceduralNoteKind;
import io.github.minutebook.meeting.Provenance;
import io.github.minutebook.money.Amount;
import io.github.minutebook.money.AmountBasis;
import io.github.minutebook.money.AmountQualifier;
import io.github.minutebook.money.Money;
import io.github.minutebook.party.Body;
import io.github.minutebook.party.BodyKind;
import io.github.minutebook.party.Party;
import io.github.minutebook.party.Person;
import io.github.minutebook.procurement.ContractAward;
import io.github.minutebook.procurement.ContractStage;
import io.github.minutebook.procurement.ContractTerm;
import io.github.minutebook.procurement.EvaluationCriterion;
import io.github.minutebook.procurement.ExistingContract;
import io.github.minutebook.procurement.Framework;
import io.github.minutebook.procurement.ProcurementMethod;
import io.github.minutebook.recommendation.ProgressStatus;
import io.github.minutebook.recommendation.ProgressUpdate;
import io.github.minutebook.recommendation.Recommendation;
import io.github.minutebook.recommendation.RecommendationResponse;
import io.github.minutebook.recommendation.RecommendationSource;
import io.github.minutebook.recommendation.RecommendationSourceKind;
import io.github.minutebook.recommendation.ResponseStatus;
import io.github.minutebook.reference.Document;
import io.github.minutebook.reference.DocumentKind;
import io.github.minutebook.reference.LegalBasis;
import io.github.minutebook.reference.MinuteReference;
import io.github.minutebook.reference.ReportReference;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * The JSON form of every type of the model: the single place where property names, their order,
 * which are required, and their descriptions are declared. docs/json-format.md and the JSON
 * Schema are generated from these tables.
 */
public final class ModelCodecs {
  /** The format version written at the root of every document. */
  public static final String FORMAT_VERSION = "1.0";

  private ModelCodecs() {}

  // --- code lists ---
  static final Codec<AmountQualifier> QUALIFIER = codeList(AmountQualifier.class);
  static final Codec<AmountBasis> BASIS = codeList(AmountBasis.class);
  static final Codec<BodyKind> BODY_KIND = codeList(BodyKind.class);
  static final Codec<DocumentKind> DOCUMENT_KIND = codeList(DocumentKind.class);
  static final Codec<ConditionKind> CONDITION_KIND = codeList(ConditionKind.class);
  static final Codec<SpendType> SPEND_TYPE = codeList(SpendType.class);
  static final Codec<FundingStatus> FUNDING_STATUS = codeList(FundingStatus.class);
  static final Codec<FundingSourceKind> FUNDING_SOURCE_KIND = codeList(FundingSourceKind.class);
  static final Codec<RechargeKind> RECHARGE_KIND = codeList(RechargeKind.class);
  static final Codec<ComponentRelation> COMPONENT_RELATION = codeList(ComponentRelation.class);
  static final Codec<ContractStage> CONTRACT_STAGE = codeList(ContractStage.class);
  static final Codec<ProcurementMethod> PROCUREMENT_METHOD = codeList(ProcurementMethod.class);
  static final Codec<PartEffect> PART_EFFECT = codeList(PartEffect.class);
  static final Codec<VoteOption> VOTE_OPTION = codeList(VoteOption.class);
  static final Codec<VoteResult> VOTE_RESULT = codeList(VoteResult.class);
  static final Codec<AmendmentOutcome> AMENDMENT_OUTCOME = codeList(AmendmentOutcome.class);
  static final Codec<CallInOutcome> CALL_IN_OUTCOME = codeList(CallInOutcome.class);
  static final Codec<RecommendationSourceKind> RECOMMENDATION_SOURCE_KIND = codeList(RecommendationSourceKind.class);
  static final Codec<ResponseStatus> RESPONSE_STATUS = codeList(ResponseStatus.class);
  static final Codec<ProgressStatus> PROGRESS_STATUS = codeList(ProgressStatus.class);
  static final Codec<ItemKind> ITEM_KIND = codeList(ItemKind.class);
  static final Codec<Access> ACCESS = codeList(Access.class);
  static final Codec<ItemOutcome> ITEM_OUTCOME = codeList(ItemOutcome.class);
  static final Codec<LinkRelation> LINK_RELATION = codeList(LinkRelation.class);
  static final Codec<ParagraphKind> PARAGRAPH_KIND = codeList(ParagraphKind.class);
  static final Codec<ActionKind> ACTION_KIND = codeList(ActionKind.class);
  static final Codec<MeetingStatus> MEETING_STATUS = codeList(MeetingStatus.class);
  static final Codec<MinutesStatus> MINUTES_STATUS = codeList(MinutesStatus.class);
  static final Codec<AttendanceRole> ATTENDANCE_ROLE = codeList(AttendanceRole.class);
  static final Codec<InterestKind> INTEREST_KIND = codeList(InterestKind.class);
  static final Codec<InterestAction> INTEREST_ACTION = codeList(InterestAction.class);
  static final Codec<ProceduralNoteKind> PROCEDURAL_NOTE_KIND = codeList(ProceduralNoteKind.class);

  // --- money and calendar ---

  /** Holds the parts of a value that has no builder of its own. */
  static final class Parts {
    BigDecimal decimal;
    Currency currency;
    String text;
    Person person;
    VoteOption option;
    LinkRelation relation;
  }

  public static final ObjectCodec<Money, Parts> MONEY = ObjectCodec.<Money, Parts>of(Money.class,
          "An exact sum in one currency.", Parts::new, p -> Money.of(p.decimal, p.currency))
      .required("amount", DECIMAL_STRING, Money::amount, (p, v) -> p.decimal = v,
          "The sum as a plain decimal string, at the currency's scale where that loses nothing: \"949000.00\".")
      .required("currency", CURRENCY_CODEC, Money::currency, (p, v) -> p.currency = v,
          "The ISO 4217 currency code: \"GBP\".");

  /** A year of a financial year: read as any whole number; the schema says the range FinancialYear's check allows. */
  public static final Codec<Integer> YEAR = narrowed(INTEGER, schema -> schema
      .put("minimum", java.time.Year.MIN_VALUE + 1).put("maximum", java.time.Year.MAX_VALUE - 1));

  /** The day a financial year starts: read as any day; the schema says FinancialYear's check refuses 29 February. */
  public static final Codec<java.time.MonthDay> YEAR_START = narrowed(MONTH_DAY_CODEC, schema -> schema
      .put("not", new LinkedHashMap<>(Map.of("const", "--02-29"))));

  public static final ObjectCodec<FinancialYear, FinancialYear.Builder> FINANCIAL_YEAR = ObjectCodec.of(FinancialYear.class,
          "A financial year: 2016/17 is firstYear 2016, lastYear 2017, starting --04-01.", FinancialYear::builder,
          FinancialYear.Builder::build)
      .required("firstYear", YEAR, FinancialYear::firstYear, FinancialYear.Builder::firstYear,
          "The calendar year in which it starts.")
      .required("lastYear", YEAR, FinancialYear::lastYear, FinancialYear.Builder::lastYear,
          "The calendar year in which it ends.")
      .defaulted("yearStart", YEAR_START, FinancialYear::yearStart, FinancialYear.Builder::yearStart,
          "The day every such year starts; \"--04-01\" (the UK's) when left out.");

  public static final ObjectCodec<DateRange, DateRange.Builder> DATE_RANGE = ObjectCodec.of(DateRange.class,
          "A period between two dates, both inclusive, either of which may be open.", DateRange::builder,
          DateRange.Builder::build)
      .optional("start", DATE_CODEC, x -> x.start().orElse(null), DateRange.Builder::start, "The first day.")
      .optional("end", DATE_CODEC, x -> x.end().orElse(null), DateRange.Builder::end, "The last day.")
      .optional("asWritten", TEXT, x -> x.asWritten().orElse(null), DateRange.Builder::asWritten, "The period as the minutes wrote it.");

  public static final ObjectCodec<Amount, Amount.Builder> AMOUNT = ObjectCodec.of(Amount.class,
          "A sum as the minutes state it, with its qualifier, basis and year.", Amount::builder, Amount.Builder::build)
      .required("value", MONEY, Amount::value, Amount.Builder::value, "The sum of money.")
      .defaulted("qualifier", QUALIFIER, Amount::qualifier, Amount.Builder::qualifier,
          "Exact, estimated, up to, at least or approximately; exact when left out.")
      .optional("basis", BASIS, x -> x.basis().orElse(null), Amount.Builder::basis, "What span the sum covers.")
      .optional("financialYear", FINANCIAL_YEAR, x -> x.financialYear().orElse(null), Amount.Builder::financialYear,
          "The financial year the sum falls in.")
      .optional("period", DATE_RANGE, x -> x.period().orElse(null), Amount.Builder::period, "The dates the sum covers.")
      .optional("asWritten", TEXT, x -> x.asWritten().orElse(null), Amount.Builder::asWritten, "The sum as written: \"£949k\".");

  // --- parties ---

  public static final ObjectCodec<Body, Body.Builder> BODY = ObjectCodec.of(Body.class,
          "An organisation: an authority, a committee, a partner, a fund, a supplier.", Body::builder, Body.Builder::build)
      .discriminator("type", "body")
      .optional("id", TEXT, x -> x.id().orElse(null), Body.Builder::id, "A stable identifier, where the publisher gives one.")
      .required("name", TEXT, Body::name, Body.Builder::name, "The name as the minutes give it.")
      .optional("abbreviation", TEXT, x -> x.abbreviation().orElse(null), Body.Builder::abbreviation, "The short form: \"BCCG\".")
      .optional("kind", BODY_KIND, x -> x.kind().orElse(null), Body.Builder::kind, "What kind of body it is.");

  public static final ObjectCodec<Person, Person.Builder> PERSON = ObjectCodec.of(Person.class,
          "A person, named or known only by post.", Person::builder, Person.Builder::build)
      .discriminator("type", "person")
      .optional("id", TEXT, x -> x.id().orElse(null), Person.Builder::id, "A stable identifier, where the publisher gives one.")
      .optional("honorific", TEXT, x -> x.honorific().orElse(null), Person.Builder::honorific, "The title: \"Councillor\".")
      .optional("name", TEXT, x -> x.name().orElse(null), Person.Builder::name, "The name without title or honours.")
      .list("postNominals", TEXT, Person::postNominals, Person.Builder::addAllPostNominals, "Honours after the name: \"J.P.\".")
      .optional("post", TEXT, x -> x.post().orElse(null), Person.Builder::post, "The post held.")
      .optional("organisation", BODY, x -> x.organisation().orElse(null), Person.Builder::organisation,
          "The organisation the person belongs to or speaks for.");

  /** A person or a body, told apart by {@code "type"}, which comes first. */
  public static final Codec<Party> PARTY = new Codec<>() {
    @Override
    public Party read(JsonParser p) {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        throw Decoding.expected(p, "an object (a person or a body)");
      }
      String first = p.nextName();
      if (!"type".equals(first)) {
        throw Decoding.error(p, "a person or body starts with \"type\": \"person\" or \"body\""
            + (first == null ? ", but the object is empty" : ", not \"" + first + "\""));
      }
      p.nextToken();
      String type = TEXT.read(p);
      if (type.equals("person")) {
        return PERSON.readAfterDiscriminator(p);
      }
      if (type.equals("body")) {
        return BODY.readAfterDiscriminator(p);
      }
      throw Decoding.error(p, "\"type\" is \"" + type + "\"; a party is a \"person\" or a \"body\"");
    }

    @Override
    public void write(Party value, JsonGenerator g) {
      if (value instanceof Person person) {
        PERSON.write(person, g);
      } else {
        BODY.write((Body) value, g);
      }
    }

    @Override
    public Schema schema() {
      return Schema.definition("Party").put("description", "A person or a body; \"type\" comes first.")
          .put("oneOf", List.of(Map.of("$ref", "#/$defs/Person"), Map.of("$ref", "#/$defs/Body")));
    }

    @Override
    public String definitionName() {
      return "Party";
    }

    @Override
    public Class<?> valueType() {
      return Party.class;
    }
  };

  // --- references and conditions ---

  public static final ObjectCodec<Document, Document.Builder> DOCUMENT = ObjectCodec.of(Document.class,
          "A document of or cited by the minutes.", Document::builder, Document.Builder::build)
      .optional("title", TEXT, x -> x.title().orElse(null), Document.Builder::title, "The title.")
      .defaulted("kind", DOCUMENT_KIND, Document::kind, Document.Builder::kind, "What it is; other when left out.")
      .optional("address", TEXT, x -> x.address().orElse(null), Document.Builder::address, "Where it is published (a URL).")
      .optional("mediaType", TEXT, x -> x.mediaType().orElse(null), Document.Builder::mediaType, "Its media type.")
      .optional("date", DATE_CODEC, x -> x.date().orElse(null), Document.Builder::date, "Its date.");

  public static final ObjectCodec<ReportReference, ReportReference.Builder> REPORT_REFERENCE = ObjectCodec.of(ReportReference.class, "An officer's report by its reference: \"CS17036\".", ReportReference::builder,
          ReportReference.Builder::build)
      .required("reference", TEXT, ReportReference::reference, ReportReference.Builder::reference,
          "The reference exactly as written.")
      .optional("title", TEXT, x -> x.title().orElse(null), ReportReference.Builder::title, "The report's title.")
      .optional("document", DOCUMENT, x -> x.document().orElse(null), ReportReference.Builder::document,
          "Where the report is published.");

  public static final ObjectCodec<MinuteReference, MinuteReference.Builder> MINUTE_REFERENCE = ObjectCodec.of(MinuteReference.class, "A reference to a minute of a meeting: \"minute 19 refers\".", MinuteReference::builder,
          MinuteReference.Builder::build)
      .optional("body", BODY, x -> x.body().orElse(null), MinuteReference.Builder::body, "The body whose minute it is.")
      .optional("meetingDate", DATE_CODEC, x -> x.meetingDate().orElse(null), MinuteReference.Builder::meetingDate,
          "The date of that meeting.")
      .optional("minuteNumber", TEXT, x -> x.minuteNumber().orElse(null), MinuteReference.Builder::minuteNumber,
          "The minute number as written.")
      .optional("meetingId", TEXT, x -> x.meetingId().orElse(null), MinuteReference.Builder::meetingId,
          "The identifier of that meeting.")
      .optional("itemId", TEXT, x -> x.itemId().orElse(null), MinuteReference.Builder::itemId, "The identifier of that item.")
      .defaulted("exempt", BOOLEAN, MinuteReference::exempt, MinuteReference.Builder::exempt,
          "Whether the minute is exempt (Part 2); false when left out.")
      .optional("asWritten", TEXT, x -> x.asWritten().orElse(null), MinuteReference.Builder::asWritten,
          "The reference as written.");

  public static final ObjectCodec<LegalBasis, LegalBasis.Builder> LEGAL_BASIS = ObjectCodec.of(LegalBasis.class,
          "A citation of legislation.", LegalBasis::builder, LegalBasis.Builder::build)
      .required("citation", TEXT, LegalBasis::citation, LegalBasis.Builder::citation, "The citation as written.")
      .optional("instrument", TEXT, x -> x.instrument().orElse(null), LegalBasis.Builder::instrument, "The act or instrument.")
      .optional("provision", TEXT, x -> x.provision().orElse(null), LegalBasis.Builder::provision, "The provision within it.");

  public static final ObjectCodec<Condition, Condition.Builder> CONDITION = ObjectCodec.of(Condition.class,
          "A condition a decision is subject to.", Condition::builder, Condition.Builder::build)
      .required("text", TEXT, Condition::text, Condition.Builder::text, "The condition as written.")
      .defaulted("kind", CONDITION_KIND, Condition::kind, Condition.Builder::kind, "What it waits for; other when left out.")
      .list("dependsOnParts", TEXT, Condition::dependsOnParts, Condition.Builder::addAllDependsOnParts,
          "Labels of other parts of the same resolution it depends on.")
      .optional("approver", PARTY, x -> x.approver().orElse(null), Condition.Builder::approver, "Who must approve.");

  // --- funding ---

  public static final ObjectCodec<FundingComponent, FundingComponent.Builder> FUNDING_COMPONENT = ObjectCodec.of(FundingComponent.class, "A component included in or added to an allocation.", FundingComponent::builder,
          FundingComponent.Builder::build)
      .required("description", TEXT, FundingComponent::description, FundingComponent.Builder::description, "What it pays for.")
      .required("amount", AMOUNT, FundingComponent::amount, FundingComponent.Builder::amount, "How much.")
      .required("relation", COMPONENT_RELATION, FundingComponent::relation, FundingComponent.Builder::relation,
          "Included in the headline amount or additional to it.");

  public static final ObjectCodec<Recharge, Recharge.Builder> RECHARGE = ObjectCodec.of(Recharge.class,
          "Part of an allocation charged on to someone else.", Recharge::builder, Recharge.Builder::build)
      .required("amount", AMOUNT, Recharge::amount, Recharge.Builder::amount, "How much.")
      .required("to", PARTY, Recharge::to, Recharge.Builder::to, "To whom.")
      .defaulted("kind", RECHARGE_KIND, Recharge::kind, Recharge.Builder::kind, "Recharge or contribution; recharge when left out.");

  public static final ObjectCodec<FundingSource, FundingSource.Builder> FUNDING_SOURCE = ObjectCodec.of(FundingSource.class,
          "Where money comes from.", FundingSource::builder, FundingSource.Builder::build)
      .required("kind", FUNDING_SOURCE_KIND, FundingSource::kind, FundingSource.Builder::kind, "The kind of source.")
      .optional("name", TEXT, x -> x.name().orElse(null), FundingSource.Builder::name, "Its name.")
      .optional("provider", PARTY, x -> x.provider().orElse(null), FundingSource.Builder::provider, "Who provides it.")
      .optional("amount", AMOUNT, x -> x.amount().orElse(null), FundingSource.Builder::amount, "How much comes from it.");

  public static final ObjectCodec<FundingAllocation, FundingAllocation.Builder> FUNDING_ALLOCATION = ObjectCodec.of(FundingAllocation.class, "Money a decision commits, releases, recommends or sets aside.", FundingAllocation::builder,
          FundingAllocation.Builder::build)
      .optional("id", TEXT, x -> x.id().orElse(null), FundingAllocation.Builder::id, "A stable identifier.")
      .optional("purpose", TEXT, x -> x.purpose().orElse(null), FundingAllocation.Builder::purpose, "What the money is for.")
      .required("amount", AMOUNT, FundingAllocation::amount, FundingAllocation.Builder::amount, "The headline amount.")
      .optional("fullYearEffect", AMOUNT, x -> x.fullYearEffect().orElse(null), FundingAllocation.Builder::fullYearEffect,
          "The cost over a full year, beside a part-year amount.")
      .list("components", FUNDING_COMPONENT, FundingAllocation::components, FundingAllocation.Builder::addAllComponents,
          "Components included in or added to the amount.")
      .list("recharges", RECHARGE, FundingAllocation::recharges, FundingAllocation.Builder::addAllRecharges,
          "Parts recharged to others.")
      .list("fundingSources", FUNDING_SOURCE, FundingAllocation::fundingSources,
          FundingAllocation.Builder::addAllFundingSources, "Where the money comes from.")
      .optional("spendType", SPEND_TYPE, x -> x.spendType().orElse(null), FundingAllocation.Builder::spendType,
          "Revenue or capital.")
      .defaulted("status", FUNDING_STATUS, FundingAllocation::status, FundingAllocation.Builder::status,
          "How far the decision has gone; approved when left out.")
      .optional("recipient", PARTY, x -> x.recipient().orElse(null), FundingAllocation.Builder::recipient, "Who receives it.")
      .optional("partner", PARTY, x -> x.partner().orElse(null), FundingAllocation.Builder::partner, "The partner in a joint arrangement.")
      .optional("legalBasis", LEGAL_BASIS, x -> x.legalBasis().orElse(null), FundingAllocation.Builder::legalBasis,
          "The legislation it relies on.")
      .list("conditions", CONDITION, FundingAllocation::conditions, FundingAllocation.Builder::addAllConditions,
          "Conditions on using the money.");

  // --- procurement ---

  public static final ObjectCodec<Framework, Framework.Builder> FRAMEWORK = ObjectCodec.of(Framework.class,
          "A framework agreement.", Framework::builder, Framework.Builder::build)
      .required("name", TEXT, Framework::name, Framework.Builder::name, "The framework's name as written.")
      .optional("provider", BODY, x -> x.provider().orElse(null), Framework.Builder::provider, "Who let it.")
      .optional("lot", TEXT, x -> x.lot().orElse(null), Framework.Builder::lot, "The lot.");

  public static final ObjectCodec<ContractTerm, ContractTerm.Builder> CONTRACT_TERM = ObjectCodec.of(ContractTerm.class,
          "How long a contract runs, and its options to extend.", ContractTerm::builder, ContractTerm.Builder::build)
      .optional("start", DATE_CODEC, x -> x.start().orElse(null), ContractTerm.Builder::start, "The first day.")
      .optional("end", DATE_CODEC, x -> x.end().orElse(null), ContractTerm.Builder::end, "The last day of the initial term.")
      .optional("duration", PERIOD_CODEC, x -> x.duration().orElse(null), ContractTerm.Builder::duration,
          "The initial term's length: \"P5Y\".")
      .list("extensionOptions", PERIOD_CODEC, ContractTerm::extensionOptions, ContractTerm.Builder::addAllExtensionOptions,
          "Each option to extend: [\"P1Y\", \"P1Y\"] for +1+1.")
      .optional("maximumEnd", DATE_CODEC, x -> x.maximumEnd().orElse(null), ContractTerm.Builder::maximumEnd,
          "The latest end with every extension.")
      .optional("asWritten", TEXT, x -> x.asWritten().orElse(null), ContractTerm.Builder::asWritten, "The term as written.");

  public static final ObjectCodec<EvaluationCriterion, Parts> EVALUATION_CRITERION = ObjectCodec.<EvaluationCriterion, Parts>of(EvaluationCriterion.class, "A criterion tenders are evaluated on, with its weight in percent.", Parts::new,
          p -> EvaluationCriterion.of(p.text, p.decimal))
      .required("name", TEXT, EvaluationCriterion::name, (p, v) -> p.text = v, "The criterion: \"price\".")
      .required("weightPercent", DECIMAL_STRING, EvaluationCriterion::weightPercent, (p, v) -> p.decimal = v,
          "Its weight in percent, as a decimal string: \"60\".");

  public static final ObjectCodec<ExistingContract, ExistingContract.Builder> EXISTING_CONTRACT = ObjectCodec.of(ExistingContract.class, "The contract in place.", ExistingContract::builder, ExistingContract.Builder::build)
      .optional("description", TEXT, x -> x.description().orElse(null), ExistingContract.Builder::description, "What it is for.")
      .optional("supplier", BODY, x -> x.supplier().orElse(null), ExistingContract.Builder::supplier, "The current supplier.")
      .optional("heldBy", BODY, x -> x.heldBy().orElse(null), ExistingContract.Builder::heldBy, "Who holds it.")
      .optional("framework", FRAMEWORK, x -> x.framework().orElse(null), ExistingContract.Builder::framework,
          "The framework it was let under.")
      .optional("expires", DATE_CODEC, x -> x.expires().orElse(null), ExistingContract.Builder::expires, "When it expires.");

  public static final ObjectCodec<ContractAward, ContractAward.Builder> CONTRACT_AWARD = ObjectCodec.of(ContractAward.class,
          "A decision about a contract, at any stage.", ContractAward::builder, ContractAward.Builder::build)
      .optional("id", TEXT, x -> x.id().orElse(null), ContractAward.Builder::id, "A stable identifier.")
      .required("subject", TEXT, ContractAward::subject, ContractAward.Builder::subject, "What the contract is for.")
      .required("stage", CONTRACT_STAGE, ContractAward::stage, ContractAward.Builder::stage, "The stage decided.")
      .optional("procurementMethod", PROCUREMENT_METHOD, x -> x.procurementMethod().orElse(null),
          ContractAward.Builder::procurementMethod, "The method in OCDS's terms.")
      .optional("methodAsWritten", TEXT, x -> x.methodAsWritten().orElse(null), ContractAward.Builder::methodAsWritten,
          "The method in the minutes' words.")
      .optional("methodRationale", TEXT, x -> x.methodRationale().orElse(null), ContractAward.Builder::methodRationale,
          "Why the method was chosen.")
      .optional("framework", FRAMEWORK, x -> x.framework().orElse(null), ContractAward.Builder::framework, "The framework called off from.")
      .optional("lot", TEXT, x -> x.lot().orElse(null), ContractAward.Builder::lot, "The lot.")
      .optional("contractingAuthority", BODY, x -> x.contractingAuthority().orElse(null),
          ContractAward.Builder::contractingAuthority, "Who lets the contract, where not the deciding authority.")
      .optional("leadBody", BODY, x -> x.leadBody().orElse(null), ContractAward.Builder::leadBody, "Who leads a joint procurement.")
      .list("jointWith", BODY, ContractAward::jointWith, ContractAward.Builder::addAllJointWith, "Bodies procuring jointly.")
      .list("suppliers", BODY, ContractAward::suppliers, ContractAward.Builder::addAllSuppliers, "Suppliers named.")
      .defaulted("supplierWithheld", BOOLEAN, ContractAward::supplierWithheld, ContractAward.Builder::supplierWithheld,
          "Whether the supplier is withheld as exempt; false when left out.")
      .optional("value", AMOUNT, x -> x.value().orElse(null), ContractAward.Builder::value, "The contract's value.")
      .optional("term", CONTRACT_TERM, x -> x.term().orElse(null), ContractAward.Builder::term, "The term.")
      .list("evaluationCriteria", EVALUATION_CRITERION, ContractAward::evaluationCriteria,
          ContractAward.Builder::addAllEvaluationCriteria, "How tenders are evaluated.")
      .list("conditions", CONDITION, ContractAward::conditions, ContractAward.Builder::addAllConditions, "Conditions.")
      .optional("existingContract", EXISTING_CONTRACT, x -> x.existingContract().orElse(null),
          ContractAward.Builder::existingContract, "The contract in place.");

  // --- decisions ---

  public static final ObjectCodec<Delegation, Delegation.Builder> DELEGATION = ObjectCodec.of(Delegation.class,
          "A delegation of a decision.", Delegation::builder, Delegation.Builder::build)
      .required("delegate", PARTY, Delegation::delegate, Delegation.Builder::delegate, "To whom.")
      .list("inConsultationWith", PARTY, Delegation::inConsultationWith, Delegation.Builder::addAllInConsultationWith,
          "Whom the delegate consults.")
      .list("withAgreementOf", PARTY, Delegation::withAgreementOf, Delegation.Builder::addAllWithAgreementOf,
          "Whose agreement the delegate needs.")
      .optional("scope", TEXT, x -> x.scope().orElse(null), Delegation.Builder::scope, "What the delegate may decide.")
      .optional("limit", AMOUNT, x -> x.limit().orElse(null), Delegation.Builder::limit, "A financial limit.")
      .optional("source", MINUTE_REFERENCE, x -> x.source().orElse(null), Delegation.Builder::source, "The decision that gave the power.");

  public static final ObjectCodec<NamedVote, Parts> NAMED_VOTE = ObjectCodec.<NamedVote, Parts>of(NamedVote.class,
          "One member's vote.", Parts::new, p -> NamedVote.of(p.person, p.option))
      .required("voter", PERSON, NamedVote::voter, (p, v) -> p.person = v, "Who voted.")
      .required("option", VOTE_OPTION, NamedVote::option, (p, v) -> p.option = v, "How.");

  /** Counts by vote option: an object whose keys are vote options and whose values are whole numbers. */
  public static final Codec<Map<VoteOption, Integer>> COUNTS = new Codec<>() {
    @Override
    public Map<VoteOption, Integer> read(JsonParser p) {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        throw Decoding.expected(p, "an object of counts by vote option");
      }
      Map<VoteOption, Integer> counts = new LinkedHashMap<>();
      for (String name = p.nextName(); name != null; name = p.nextName()) {
        VoteOption option = null;
        for (VoteOption candidate : VoteOption.values()) {
          if (Scalars.name(candidate).equals(name)) {
            option = candidate;
          }
        }
        if (option == null) {
          throw Decoding.error(p, "\"" + name + "\" is not a vote option");
        }
        if (counts.containsKey(option)) {
          throw Decoding.error(p, "duplicate vote option \"" + name + "\"");
        }
        p.nextToken();
        int count = INTEGER.read(p);
        if (count < 0) {
          throw Decoding.error(p, "a vote count cannot be negative: " + count);
        }
        counts.put(option, count);
      }
      return counts;
    }

    @Override
    public void write(Map<VoteOption, Integer> value, JsonGenerator g) {
      g.writeStartObject();
      for (VoteOption option : VoteOption.values()) { // in code-list order, whatever the map's order
        Integer count = value.get(option);
        if (count != null) {
          g.writeName(Scalars.name(option));
          g.writeNumber(count);
        }
      }
      g.writeEndObject();
    }

    @Override
    public Schema schema() {
      Map<String, Object> properties = new LinkedHashMap<>();
      for (VoteOption option : VoteOption.values()) {
        properties.put(Scalars.name(option), Schema.integer(0, Integer.MAX_VALUE).keywords());
      }
      return Schema.of().put("type", "object").put("properties", properties).put("additionalProperties", false);
    }
  };

  public static final ObjectCodec<Vote, Vote.Builder> VOTE = ObjectCodec.of(Vote.class,
          "A vote: counts, named votes, casting vote, result.", Vote::builder, Vote.Builder::build)
      .optional("counts", COUNTS, v -> v.counts().isEmpty() ? null : v.counts(),
          Vote.Builder::putAllCounts, "Votes counted by option: {\"yes\": 7, \"no\": 3}.")
      .list("namedVotes", NAMED_VOTE, Vote::namedVotes, Vote.Builder::addAllNamedVotes, "Each member's vote.")
      .defaulted("unanimous", BOOLEAN, Vote::unanimous, Vote.Builder::unanimous, "Recorded as unanimous; false when left out.")
      .optional("castingVoteBy", PERSON, x -> x.castingVoteBy().orElse(null), Vote.Builder::castingVoteBy, "Who gave a casting vote.")
      .optional("result", VOTE_RESULT, x -> x.result().orElse(null), Vote.Builder::result, "Carried or lost.");

  public static final ObjectCodec<Amendment, Amendment.Builder> AMENDMENT = ObjectCodec.of(Amendment.class,
          "An amendment moved to a motion.", Amendment::builder, Amendment.Builder::build)
      .required("text", TEXT, Amendment::text, Amendment.Builder::text, "Its text.")
      .optional("movedBy", PERSON, x -> x.movedBy().orElse(null), Amendment.Builder::movedBy, "Who moved it.")
      .optional("secondedBy", PERSON, x -> x.secondedBy().orElse(null), Amendment.Builder::secondedBy, "Who seconded it.")
      .optional("vote", VOTE, x -> x.vote().orElse(null), Amendment.Builder::vote, "The vote on it.")
      .optional("outcome", AMENDMENT_OUTCOME, x -> x.outcome().orElse(null), Amendment.Builder::outcome, "What became of it.");

  public static final ObjectCodec<CallIn, CallIn.Builder> CALL_IN = ObjectCodec.of(CallIn.class,
          "The call-in of a decision.", CallIn::builder, CallIn.Builder::build)
      .required("outcome", CALL_IN_OUTCOME, CallIn::outcome, CallIn.Builder::outcome, "The outcome.")
      .optional("date", DATE_CODEC, x -> x.date().orElse(null), CallIn.Builder::date, "When.")
      .optional("consideredAt", MINUTE_REFERENCE, x -> x.consideredAt().orElse(null), CallIn.Builder::consideredAt,
          "The scrutiny minute that considered it.");

  public static final ObjectCodec<ResolutionPart, ResolutionPart.Builder> RESOLUTION_PART = ObjectCodec.of(ResolutionPart.class, "One part of a resolution.", ResolutionPart::builder, ResolutionPart.Builder::build);

  static {
    RESOLUTION_PART
        .optional("id", TEXT, x -> x.id().orElse(null), ResolutionPart.Builder::id, "A stable identifier.")
        .optional("label", TEXT, x -> x.label().orElse(null), ResolutionPart.Builder::label, "The number or letter without brackets.")
        .required("text", TEXT, ResolutionPart::text, ResolutionPart.Builder::text, "The part's words, verbatim.")
        .required("effect", PART_EFFECT, ResolutionPart::effect, ResolutionPart.Builder::effect, "What the part does.")
        .optional("addressee", PARTY, x -> x.addressee().orElse(null), ResolutionPart.Builder::addressee, "Whom it addresses.")
        .optional("delegation", DELEGATION, x -> x.delegation().orElse(null), ResolutionPart.Builder::delegation, "What it delegates.")
        .list("conditions", CONDITION, ResolutionPart::conditions, ResolutionPart.Builder::addAllConditions,
            "What it is subject to.")
        .list("fundingAllocations", FUNDING_ALLOCATION, ResolutionPart::fundingAllocations,
            ResolutionPart.Builder::addAllFundingAllocations, "Money it decides.")
        .list("contractAwards", CONTRACT_AWARD, ResolutionPart::contractAwards, ResolutionPart.Builder::addAllContractAwards,
            "Contract decisions it makes.")
        .list("parts", Codec.lazy("ResolutionPart", () -> RESOLUTION_PART), ResolutionPart::parts,
            ResolutionPart.Builder::addAllParts, "Sub-parts.");
  }

  public static final ObjectCodec<Resolution, Resolution.Builder> RESOLUTION = ObjectCodec.of(Resolution.class,
          "A resolution with its parts.", Resolution::builder, Resolution.Builder::build)
      .optional("id", TEXT, x -> x.id().orElse(null), Resolution.Builder::id, "A stable identifier.")
      .optional("preamble", TEXT, x -> x.preamble().orElse(null), Resolution.Builder::preamble, "The opening words as written.")
      .list("parts", RESOLUTION_PART, Resolution::parts, Resolution.Builder::addAllParts, "The parts, in order.")
      .defaulted("withheld", BOOLEAN, Resolution::withheld, Resolution.Builder::withheld,
          "Whether its terms are withheld as exempt; false when left out.")
      .optional("decisionMaker", PARTY, x -> x.decisionMaker().orElse(null), Resolution.Builder::decisionMaker,
          "Who decided, where not the meeting's body.")
      .optional("recommendedTo", PARTY, x -> x.recommendedTo().orElse(null), Resolution.Builder::recommendedTo,
          "The body the whole resolution recommends to.")
      .optional("decisionDate", DATE_CODEC, x -> x.decisionDate().orElse(null), Resolution.Builder::decisionDate,
          "The decision's date, where not the meeting's.")
      .optional("keyDecision", BOOLEAN, x -> x.keyDecision().orElse(null), Resolution.Builder::keyDecision, "Whether a key decision.")
      .optional("subjectToCallIn", BOOLEAN, x -> x.subjectToCallIn().orElse(null), Resolution.Builder::subjectToCallIn,
          "Whether subject to call-in.")
      .optional("callIn", CALL_IN, x -> x.callIn().orElse(null), Resolution.Builder::callIn, "What became of a call-in.")
      .list("reasons", TEXT, Resolution::reasons, Resolution.Builder::addAllReasons, "Reasons for the decision.")
      .list("alternatives", TEXT, Resolution::alternatives, Resolution.Builder::addAllAlternatives,
          "Alternatives considered and rejected.")
      .list("dispensations", TEXT, Resolution::dispensations, Resolution.Builder::addAllDispensations, "Dispensations granted.")
      .optional("movedBy", PERSON, x -> x.movedBy().orElse(null), Resolution.Builder::movedBy, "Who moved the motion.")
      .optional("secondedBy", PERSON, x -> x.secondedBy().orElse(null), Resolution.Builder::secondedBy, "Who seconded it.")
      .list("amendments", AMENDMENT, Resolution::amendments, Resolution.Builder::addAllAmendments, "Amendments moved.")
      .optional("vote", VOTE, x -> x.vote().orElse(null), Resolution.Builder::vote, "The vote on the motion.");

  // --- recommendations ---

  public static final ObjectCodec<RecommendationSource, RecommendationSource.Builder> RECOMMENDATION_SOURCE =
      ObjectCodec.of(RecommendationSource.class, "Where a recommendation comes from.", RecommendationSource::builder,
              RecommendationSource.Builder::build)
          .required("kind", RECOMMENDATION_SOURCE_KIND, RecommendationSource::kind, RecommendationSource.Builder::kind,
              "The kind of source.")
          .optional("body", BODY, x -> x.body().orElse(null), RecommendationSource.Builder::body, "The body.")
          .optional("title", TEXT, x -> x.title().orElse(null), RecommendationSource.Builder::title,
              "The review's or inquiry's title.")
          .optional("report", REPORT_REFERENCE, x -> x.report().orElse(null), RecommendationSource.Builder::report,
              "The report that carries it.");

  public static final ObjectCodec<RecommendationResponse, RecommendationResponse.Builder> RECOMMENDATION_RESPONSE =
      ObjectCodec.of(RecommendationResponse.class, "The response to a recommendation.", RecommendationResponse::builder,
              RecommendationResponse.Builder::build)
          .optional("status", RESPONSE_STATUS, x -> x.status().orElse(null), RecommendationResponse.Builder::status,
              "Accepted, rejected...")
          .optional("text", TEXT, x -> x.text().orElse(null), RecommendationResponse.Builder::text, "Its words.")
          .optional("respondent", PARTY, x -> x.respondent().orElse(null), RecommendationResponse.Builder::respondent,
              "Who responded.")
          .optional("date", DATE_CODEC, x -> x.date().orElse(null), RecommendationResponse.Builder::date, "When.")
          .defaulted("draft", BOOLEAN, RecommendationResponse::draft, RecommendationResponse.Builder::draft,
              "Whether a draft; false when left out.");

  public static final ObjectCodec<ProgressUpdate, ProgressUpdate.Builder> PROGRESS_UPDATE = ObjectCodec.of(ProgressUpdate.class, "Progress reported on a recommendation.", ProgressUpdate::builder, ProgressUpdate.Builder::build)
      .optional("date", DATE_CODEC, x -> x.date().orElse(null), ProgressUpdate.Builder::date, "When.")
      .required("text", TEXT, ProgressUpdate::text, ProgressUpdate.Builder::text, "What was reported.")
      .optional("status", PROGRESS_STATUS, x -> x.status().orElse(null), ProgressUpdate.Builder::status, "The status reported.")
      .optional("reportedBy", PARTY, x -> x.reportedBy().orElse(null), ProgressUpdate.Builder::reportedBy, "Who reported.")
      .optional("recordedAt", MINUTE_REFERENCE, x -> x.recordedAt().orElse(null), ProgressUpdate.Builder::recordedAt,
          "The minute that records it.");

  public static final ObjectCodec<Recommendation, Recommendation.Builder> RECOMMENDATION = ObjectCodec.of(Recommendation.class,
          "A recommendation, its response and progress.", Recommendation::builder, Recommendation.Builder::build)
      .optional("id", TEXT, x -> x.id().orElse(null), Recommendation.Builder::id, "A stable identifier.")
      .optional("number", TEXT, x -> x.number().orElse(null), Recommendation.Builder::number, "The number as written.")
      .optional("source", RECOMMENDATION_SOURCE, x -> x.source().orElse(null), Recommendation.Builder::source, "Who made it.")
      .optional("addressee", PARTY, x -> x.addressee().orElse(null), Recommendation.Builder::addressee, "To whom.")
      .optional("text", TEXT, x -> x.text().orElse(null), Recommendation.Builder::text, "Its words, where quoted.")
      .optional("subject", TEXT, x -> x.subject().orElse(null), Recommendation.Builder::subject,
          "What it is about, where described rather than quoted.")
      .optional("group", TEXT, x -> x.group().orElse(null), Recommendation.Builder::group, "Its group: \"KLOE 1\".")
      .optional("actionPlanId", TEXT, x -> x.actionPlanId().orElse(null), Recommendation.Builder::actionPlanId,
          "Its action plan id: \"ID 1.6\".")
      .optional("date", DATE_CODEC, x -> x.date().orElse(null), Recommendation.Builder::date, "When it was made.")
      .optional("dueDate", DATE_CODEC, x -> x.dueDate().orElse(null), Recommendation.Builder::dueDate, "When it is due.")
      .optional("response", RECOMMENDATION_RESPONSE, x -> x.response().orElse(null), Recommendation.Builder::response,
          "The response.")
      .list("progressUpdates", PROGRESS_UPDATE, Recommendation::progressUpdates, Recommendation.Builder::addAllProgressUpdates,
          "Progress, oldest first.");

  // --- agenda items ---

  public static final ObjectCodec<ItemLink, Parts> ITEM_LINK = ObjectCodec.<ItemLink, Parts>of(ItemLink.class,
          "A link to another item of the meeting.", Parts::new, p -> ItemLink.of(p.text, p.relation))
      .required("target", TEXT, ItemLink::target, (p, v) -> p.text = v, "The other item's id, minute or agenda number.")
      .required("relation", LINK_RELATION, ItemLink::relation, (p, v) -> p.relation = v, "How it relates.");

  public static final ObjectCodec<Paragraph, Paragraph.Builder> PARAGRAPH = ObjectCodec.of(Paragraph.class,
          "A paragraph of narrative, with its speakers and points.", Paragraph::builder, Paragraph.Builder::build);

  static {
    PARAGRAPH
        .optional("number", TEXT, x -> x.number().orElse(null), Paragraph.Builder::number, "The number as written: \"7.1\".")
        .defaulted("kind", PARAGRAPH_KIND, Paragraph::kind, Paragraph.Builder::kind, "What it does; summary when left out.")
        .list("speakers", PARTY, Paragraph::speakers, Paragraph.Builder::addAllSpeakers, "Who is speaking.")
        .required("text", TEXT, Paragraph::text, Paragraph.Builder::text, "Its words, verbatim.")
        .list("points", Codec.lazy("Paragraph", () -> PARAGRAPH), Paragraph::points, Paragraph.Builder::addAllPoints,
            "Bullet points beneath it.");
  }

  public static final ObjectCodec<Action, Action.Builder> ACTION = ObjectCodec.of(Action.class,
          "A follow-up: an action, undertaking, report to come back, or offer.", Action::builder, Action.Builder::build)
      .optional("id", TEXT, x -> x.id().orElse(null), Action.Builder::id, "A stable identifier.")
      .required("description", TEXT, Action::description, Action.Builder::description, "What is to be done.")
      .defaulted("kind", ACTION_KIND, Action::kind, Action.Builder::kind, "What kind; action when left out.")
      .optional("owner", PARTY, x -> x.owner().orElse(null), Action.Builder::owner, "Who is to do it.")
      .list("involving", PARTY, Action::involving, Action.Builder::addAllInvolving, "Others involved.")
      .optional("dueDate", DATE_CODEC, x -> x.dueDate().orElse(null), Action.Builder::dueDate, "When it is due.")
      .optional("dueWhen", TEXT, x -> x.dueWhen().orElse(null), Action.Builder::dueWhen, "When it is due, in words.");

  public static final ObjectCodec<PostMeetingNote, PostMeetingNote.Builder> POST_MEETING_NOTE = ObjectCodec.of(PostMeetingNote.class, "A note added after the meeting.", PostMeetingNote::builder, PostMeetingNote.Builder::build)
      .optional("author", TEXT, x -> x.author().orElse(null), PostMeetingNote.Builder::author, "Who added it.")
      .optional("date", DATE_CODEC, x -> x.date().orElse(null), PostMeetingNote.Builder::date, "Its date.")
      .required("text", TEXT, PostMeetingNote::text, PostMeetingNote.Builder::text, "Its words.");

  public static final ObjectCodec<AgendaItem, AgendaItem.Builder> AGENDA_ITEM = ObjectCodec.of(AgendaItem.class,
          "An agenda item as minuted.", AgendaItem::builder, AgendaItem.Builder::build)
      .optional("id", TEXT, x -> x.id().orElse(null), AgendaItem.Builder::id, "A stable identifier.")
      .optional("minuteNumber", TEXT, x -> x.minuteNumber().orElse(null), AgendaItem.Builder::minuteNumber, "The minute number as written.")
      .optional("agendaNumber", TEXT, x -> x.agendaNumber().orElse(null), AgendaItem.Builder::agendaNumber, "The agenda number.")
      .required("title", TEXT, AgendaItem::title, AgendaItem.Builder::title, "The title.")
      .optional("agendaDescription", TEXT, x -> x.agendaDescription().orElse(null), AgendaItem.Builder::agendaDescription,
          "The description the agenda printed.")
      .defaulted("kind", ITEM_KIND, AgendaItem::kind, AgendaItem.Builder::kind, "The kind of business; other when left out.")
      .defaulted("access", ACCESS, AgendaItem::access, AgendaItem.Builder::access, "Public or exempt; public when left out.")
      .list("exemptionGrounds", LEGAL_BASIS, AgendaItem::exemptionGrounds, AgendaItem.Builder::addAllExemptionGrounds,
          "Grounds for excluding the public.")
      .defaulted("urgent", BOOLEAN, AgendaItem::urgent, AgendaItem.Builder::urgent, "Added as urgent; false when left out.")
      .optional("urgencyReason", TEXT, x -> x.urgencyReason().orElse(null), AgendaItem.Builder::urgencyReason, "Why it was urgent.")
      .list("reportReferences", REPORT_REFERENCE, AgendaItem::reportReferences, AgendaItem.Builder::addAllReportReferences,
          "Reports considered.")
      .list("documents", DOCUMENT, AgendaItem::documents, AgendaItem.Builder::addAllDocuments, "Other documents.")
      .list("presenters", PARTY, AgendaItem::presenters, AgendaItem.Builder::addAllPresenters, "Who presented.")
      .list("links", ITEM_LINK, AgendaItem::links, AgendaItem.Builder::addAllLinks, "Related items.")
      .list("narrative", PARAGRAPH, AgendaItem::narrative, AgendaItem.Builder::addAllNarrative, "The narrative, in order.")
      .optional("outcome", ITEM_OUTCOME, x -> x.outcome().orElse(null), AgendaItem.Builder::outcome, "What became of it.")
      .optional("outcomeReason", TEXT, x -> x.outcomeReason().orElse(null), AgendaItem.Builder::outcomeReason, "Why.")
      .list("resolutions", RESOLUTION, AgendaItem::resolutions, AgendaItem.Builder::addAllResolutions, "Resolutions.")
      .list("recommendations", RECOMMENDATION, AgendaItem::recommendations, AgendaItem.Builder::addAllRecommendations,
          "Recommendations.")
      .list("actions", ACTION, AgendaItem::actions, AgendaItem.Builder::addAllActions, "Actions and undertakings.")
      .list("minuteReferences", MINUTE_REFERENCE, AgendaItem::minuteReferences, AgendaItem.Builder::addAllMinuteReferences,
          "References to other minutes.")
      .list("postMeetingNotes", POST_MEETING_NOTE, AgendaItem::postMeetingNotes, AgendaItem.Builder::addAllPostMeetingNotes,
          "Notes added after the meeting.");

  // --- meetings ---

  public static final ObjectCodec<Attendance, Attendance.Builder> ATTENDANCE = ObjectCodec.of(Attendance.class,
          "A person's attendance in one role.", Attendance::builder, Attendance.Builder::build)
      .required("person", PERSON, Attendance::person, Attendance.Builder::person, "Who.")
      .required("role", ATTENDANCE_ROLE, Attendance::role, Attendance.Builder::role, "In what capacity.")
      .list("representing", BODY, Attendance::representing, Attendance.Builder::addAllRepresenting,
          "Bodies a visiting member represents.")
      .optional("substituteFor", PERSON, x -> x.substituteFor().orElse(null), Attendance.Builder::substituteFor, "Whom a substitute replaces.")
      .optional("note", TEXT, x -> x.note().orElse(null), Attendance.Builder::note, "Anything else.");

  public static final ObjectCodec<DeclarationOfInterest, DeclarationOfInterest.Builder> DECLARATION = ObjectCodec.of(DeclarationOfInterest.class, "A declaration of interest.", DeclarationOfInterest::builder,
          DeclarationOfInterest.Builder::build)
      .required("person", PERSON, DeclarationOfInterest::person, DeclarationOfInterest.Builder::person, "Who declared.")
      .list("items", TEXT, DeclarationOfInterest::items, DeclarationOfInterest.Builder::addAllItems,
          "Items concerned, by id, agenda or minute number.")
      .optional("nature", TEXT, x -> x.nature().orElse(null), DeclarationOfInterest.Builder::nature, "The interest's nature.")
      .optional("kind", INTEREST_KIND, x -> x.kind().orElse(null), DeclarationOfInterest.Builder::kind, "The kind of interest.")
      .optional("action", INTEREST_ACTION, x -> x.action().orElse(null), DeclarationOfInterest.Builder::action,
          "What the person did.")
      .optional("actionAsWritten", TEXT, x -> x.actionAsWritten().orElse(null),
          DeclarationOfInterest.Builder::actionAsWritten, "What the person did, as written.");

  public static final ObjectCodec<Adjournment, Adjournment.Builder> ADJOURNMENT = ObjectCodec.of(Adjournment.class,
          "The adjournment of a meeting.", Adjournment::builder, Adjournment.Builder::build)
      .optional("time", TIME_CODEC, x -> x.time().orElse(null), Adjournment.Builder::time, "When.")
      .optional("reason", TEXT, x -> x.reason().orElse(null), Adjournment.Builder::reason, "Why.")
      .list("items", TEXT, Adjournment::items, Adjournment.Builder::addAllItems, "Items left over.")
      .optional("resumesOn", DATE_CODEC, x -> x.resumesOn().orElse(null), Adjournment.Builder::resumesOn, "When it resumes.");

  public static final ObjectCodec<ProceduralNote, ProceduralNote.Builder> PROCEDURAL_NOTE = ObjectCodec.of(ProceduralNote.class, "A procedural event.", ProceduralNote::builder, ProceduralNote.Builder::build)
      .defaulted("kind", PROCEDURAL_NOTE_KIND, ProceduralNote::kind, ProceduralNote.Builder::kind, "What kind; other when left out.")
      .required("text", TEXT, ProceduralNote::text, ProceduralNote.Builder::text, "The note as written.")
      .optional("time", TIME_CODEC, x -> x.time().orElse(null), ProceduralNote.Builder::time, "When.")
      .optional("duringItem", TEXT, x -> x.duringItem().orElse(null), ProceduralNote.Builder::duringItem, "During which item.");

  public static final ObjectCodec<Provenance, Provenance.Builder> PROVENANCE = ObjectCodec.of(Provenance.class,
          "Where the record came from.", Provenance::builder, Provenance.Builder::build)
      .optional("publisher", TEXT, x -> x.publisher().orElse(null), Provenance.Builder::publisher, "Who published it.")
      .optional("address", TEXT, x -> x.address().orElse(null), Provenance.Builder::address, "Where it was read.")
      .optional("retrievedAt", INSTANT_CODEC, x -> x.retrievedAt().orElse(null), Provenance.Builder::retrievedAt, "When it was read.")
      .optional("licence", TEXT, x -> x.licence().orElse(null), Provenance.Builder::licence, "Its licence.");

  public static final ObjectCodec<Meeting, Meeting.Builder> MEETING = ObjectCodec.of(Meeting.class,
          "The minutes of a meeting: the root of a document.", Meeting::builder, Meeting.Builder::build)
      .discriminator("minutebook", FORMAT_VERSION)
      .optional("id", TEXT, x -> x.id().orElse(null), Meeting.Builder::id, "A stable identifier.")
      .optional("authority", BODY, x -> x.authority().orElse(null), Meeting.Builder::authority, "The authority.")
      .optional("body", BODY, x -> x.body().orElse(null), Meeting.Builder::body, "The body that met.")
      .optional("title", TEXT, x -> x.title().orElse(null), Meeting.Builder::title, "The meeting's title.")
      .optional("date", DATE_CODEC, x -> x.date().orElse(null), Meeting.Builder::date, "The date.")
      .optional("startTime", TIME_CODEC, x -> x.startTime().orElse(null), Meeting.Builder::startTime, "The start, local to zone.")
      .optional("endTime", TIME_CODEC, x -> x.endTime().orElse(null), Meeting.Builder::endTime, "The end, local to zone.")
      .optional("adjournment", ADJOURNMENT, x -> x.adjournment().orElse(null), Meeting.Builder::adjournment, "The adjournment.")
      .defaulted("zone", ZONE, Meeting::zone, Meeting.Builder::zone, "The time zone; Europe/London when left out.")
      .optional("location", TEXT, x -> x.location().orElse(null), Meeting.Builder::location, "Where.")
      .defaulted("status", MEETING_STATUS, Meeting::status, Meeting.Builder::status, "Whether held; held when left out.")
      .list("attendance", ATTENDANCE, Meeting::attendance, Meeting.Builder::addAllAttendance, "Who attended, in what role.")
      .list("declarations", DECLARATION, Meeting::declarations, Meeting.Builder::addAllDeclarations, "Declarations of interest.")
      .list("agendaItems", AGENDA_ITEM, Meeting::agendaItems, Meeting.Builder::addAllAgendaItems, "The items, in order.")
      .list("proceduralNotes", PROCEDURAL_NOTE, Meeting::proceduralNotes, Meeting.Builder::addAllProceduralNotes,
          "Procedural events.")
      .list("documents", DOCUMENT, Meeting::documents, Meeting.Builder::addAllDocuments, "Documents of the meeting.")
      .optional("minutesStatus", MINUTES_STATUS, x -> x.minutesStatus().orElse(null), Meeting.Builder::minutesStatus, "Draft or confirmed.")
      .optional("confirmedAt", MINUTE_REFERENCE, x -> x.confirmedAt().orElse(null), Meeting.Builder::confirmedAt,
          "The minute that confirmed these minutes.")
      .optional("provenance", PROVENANCE, x -> x.provenance().orElse(null), Meeting.Builder::provenance, "Where the record came from.");

  /** {@code codec}, with more said in its schema: a check that only the model's builder makes. */
  private static <T> Codec<T> narrowed(Codec<T> codec, java.util.function.UnaryOperator<Schema> schema) {
    return new Codec<>() {
      @Override
      public T read(JsonParser parser) {
        return codec.read(parser);
      }

      @Override
      public void write(T value, JsonGenerator generator) {
        codec.write(value, generator);
      }

      @Override
      public Schema schema() {
        return schema.apply(codec.schema());
      }
    };
  }

  /** Every named codec, for the module's registrations and the schema's definitions, in a stable order. */
  public static List<Codec<?>> named() {
    List<Codec<?>> all = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    collect(MEETING, all, seen);
    all.sort(java.util.Comparator.comparing(Codec::definitionName));
    return Collections.unmodifiableList(all);
  }

  private static void collect(Codec<?> codec, List<Codec<?>> all, java.util.Set<String> seen) {
    String name = codec.definitionName();
    if (name.isEmpty() || !seen.add(name)) {
      return;
    }
    all.add(codec);
    if (codec == PARTY) {
      collect(PERSON, all, seen);
      collect(BODY, all, seen);
    }
    if (codec instanceof ObjectCodec<?, ?> object) {
      object.propertyCodecs().forEach(c -> collect(c, all, seen));
    }
  }
}
