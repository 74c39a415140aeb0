package io.github.minutebook.testing;

import io.github.minutebook.agenda.Access;
import io.github.minutebook.agenda.Action;
import io.github.minutebook.agenda.ActionKind;
import io.github.minutebook.agenda.AgendaItem;
import io.github.minutebook.agenda.Answer;
import io.github.minutebook.agenda.ApprovalOutcome;
import io.github.minutebook.agenda.Deputation;
import io.github.minutebook.agenda.DeputationKind;
import io.github.minutebook.agenda.ItemKind;
import io.github.minutebook.agenda.ItemLink;
import io.github.minutebook.agenda.ItemOutcome;
import io.github.minutebook.agenda.LanguageText;
import io.github.minutebook.agenda.LinkRelation;
import io.github.minutebook.agenda.MinutesApproval;
import io.github.minutebook.agenda.Paragraph;
import io.github.minutebook.agenda.ParagraphKind;
import io.github.minutebook.agenda.Petition;
import io.github.minutebook.agenda.PostMeetingNote;
import io.github.minutebook.agenda.Question;
import io.github.minutebook.agenda.Stance;
import io.github.minutebook.calendar.DateRange;
import io.github.minutebook.calendar.FinancialYear;
import io.github.minutebook.condition.Condition;
import io.github.minutebook.condition.ConditionKind;
import io.github.minutebook.decision.Amendment;
import io.github.minutebook.decision.AmendmentKind;
import io.github.minutebook.decision.AmendmentOutcome;
import io.github.minutebook.decision.Appointment;
import io.github.minutebook.decision.CallIn;
import io.github.minutebook.decision.CallInOutcome;
import io.github.minutebook.decision.Delegation;
import io.github.minutebook.decision.Election;
import io.github.minutebook.decision.Motion;
import io.github.minutebook.decision.MotionKind;
import io.github.minutebook.decision.MotionNotice;
import io.github.minutebook.decision.MotionOutcome;
import io.github.minutebook.decision.NamedVote;
import io.github.minutebook.decision.Nomination;
import io.github.minutebook.decision.NoticeKind;
import io.github.minutebook.decision.PartEffect;
import io.github.minutebook.decision.Reading;
import io.github.minutebook.decision.ReadingStage;
import io.github.minutebook.decision.RequiredMajority;
import io.github.minutebook.decision.Resolution;
import io.github.minutebook.decision.ResolutionPart;
import io.github.minutebook.decision.Vote;
import io.github.minutebook.decision.VoteMethod;
import io.github.minutebook.decision.VoteOption;
import io.github.minutebook.decision.VoteResult;
import io.github.minutebook.funding.ComponentRelation;
import io.github.minutebook.funding.Figure;
import io.github.minutebook.funding.FigureRole;
import io.github.minutebook.funding.FundingAllocation;
import io.github.minutebook.funding.FundingComponent;
import io.github.minutebook.funding.FundingSource;
import io.github.minutebook.funding.FundingSourceKind;
import io.github.minutebook.funding.FundingStatus;
import io.github.minutebook.funding.Recharge;
import io.github.minutebook.funding.RechargeKind;
import io.github.minutebook.funding.SpendType;
import io.github.minutebook.funding.Virement;
import io.github.minutebook.meeting.Adjournment;
import io.github.minutebook.meeting.ApologyKind;
import io.github.minutebook.meeting.Attendance;
import io.github.minutebook.meeting.AttendanceMode;
import io.github.minutebook.meeting.AttendancePeriod;
import io.github.minutebook.meeting.AttendanceRole;
import io.github.minutebook.meeting.ClosedSession;
import io.github.minutebook.meeting.CouncilRecord;
import io.github.minutebook.meeting.DecisionRecord;
import io.github.minutebook.meeting.DecisionRecordKind;
import io.github.minutebook.meeting.DeclarationOfInterest;
import io.github.minutebook.meeting.InterestAction;
import io.github.minutebook.meeting.InterestKind;
import io.github.minutebook.meeting.Meeting;
import io.github.minutebook.meeting.MeetingFormat;
import io.github.minutebook.meeting.MeetingKind;
import io.github.minutebook.meeting.MeetingStatus;
import io.github.minutebook.meeting.MinutesStatus;
import io.github.minutebook.meeting.NoneStated;
import io.github.minutebook.meeting.ProceduralNote;
import io.github.minutebook.meeting.ProceduralNoteKind;
import io.github.minutebook.meeting.Provenance;
import io.github.minutebook.meeting.Publication;
import io.github.minutebook.meeting.Quorum;
import io.github.minutebook.meeting.Sitting;
import io.github.minutebook.meeting.SittingPart;
import io.github.minutebook.meeting.Sponsor;
import io.github.minutebook.meeting.Venue;
import io.github.minutebook.money.Amount;
import io.github.minutebook.money.AmountBasis;
import io.github.minutebook.money.AmountQualifier;
import io.github.minutebook.money.Money;
import io.github.minutebook.party.Address;
import io.github.minutebook.party.Body;
import io.github.minutebook.party.BodyKind;
import io.github.minutebook.party.Identifier;
import io.github.minutebook.party.Party;
import io.github.minutebook.party.Person;
import io.github.minutebook.procurement.AwardBasis;
import io.github.minutebook.procurement.Classification;
import io.github.minutebook.procurement.ContractAward;
import io.github.minutebook.procurement.ContractStage;
import io.github.minutebook.procurement.ContractTerm;
import io.github.minutebook.procurement.EvaluationCriterion;
import io.github.minutebook.procurement.ExistingContract;
import io.github.minutebook.procurement.Framework;
import io.github.minutebook.procurement.FrameworkKind;
import io.github.minutebook.procurement.ProcurementCategory;
import io.github.minutebook.procurement.ProcurementMethod;
import io.github.minutebook.recommendation.ProgressStatus;
import io.github.minutebook.recommendation.ProgressUpdate;
import io.github.minutebook.recommendation.Recommendation;
import io.github.minutebook.recommendation.RecommendationResponse;
import io.github.minutebook.recommendation.RecommendationSource;
import io.github.minutebook.recommendation.RecommendationSourceKind;
import io.github.minutebook.recommendation.ResponseStatus;
import io.github.minutebook.reference.Consultation;
import io.github.minutebook.reference.Document;
import io.github.minutebook.reference.DocumentKind;
import io.github.minutebook.reference.LegalBasis;
import io.github.minutebook.reference.MeetingReference;
import io.github.minutebook.reference.MinuteReference;
import io.github.minutebook.reference.RecordLink;
import io.github.minutebook.reference.RecordRelation;
import io.github.minutebook.reference.ReportReference;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Random meetings from a seed: the one generator shared by totality, round-trip, fuzz and
 * benchmark tests.
 *
 * <p>Every value the types accept can come out: plausible minutes, and nonsense (negative sums,
 * ends before starts, duplicate and dangling references, unknown labels, every currency and zone,
 * unicode text, empty strings, deep nesting). The same seed always gives the same meetings.
 *
 * <p>With {@link Shape#WIRE_SAFE} the values stay within what a document format can carry: years
 * 1 to 9999, text without lone surrogates, sums of bounded scale. {@link Shape#ANY} goes to the
 * edges the types allow (LocalDate.MIN and MAX, scales of ±10^4, lone surrogates).
 */
public final class RandomMeetings {
  /** How far the values go. */
  public enum Shape {
    /** Values a document format can carry and give back. */
    WIRE_SAFE,
    /** Anything the types accept. */
    ANY
  }

  private static final List<Currency> CURRENCIES = Currency.getAvailableCurrencies().stream()
      .sorted(Comparator.comparing(Currency::getCurrencyCode)).toList();
  private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream().sorted().toList();
  private static final String[] WORDS = {
      "the", "Council", "be", "recommended", "to", "approve", "funding", "for", "posts", "Executive",
      "résumé", "Ōtautahi", "naïve", "Zoë", "café", "£949k", "2016/17", "“quoted”", "it’s", "Ürün",
      "Ελληνικά", "日本語", "עברית", "العربية", "emoji 🎉", "tab\there", "line\nbreak", "back\\slash",
      "\"quote\"", "<b>tag</b>", "&amp;", "{brace}", "{amount}", "%s", "$1", "null", "true", "0"};
  private static final String[] LABELS = {"1", "2", "3", "4", "a", "b", "c", "i", "ii", "iii", "iv", "x", "",
      "(1)", "1.1", "A", "٣", " 2 ", "10", "z", "aa"};

  private final SplittableRandom random;
  private final Shape shape;
  private int depth;

  /** A generator of wire-safe meetings from {@code seed}. */
  public RandomMeetings(long seed) {
    this(seed, Shape.WIRE_SAFE);
  }

  /** A generator of meetings of {@code shape} from {@code seed}. */
  public RandomMeetings(long seed, Shape shape) {
    this.random = new SplittableRandom(seed);
    this.shape = shape;
  }

  /** {@code count} meetings from {@code seed}. */
  public static Stream<Meeting> stream(long seed, Shape shape, int count) {
    RandomMeetings meetings = new RandomMeetings(seed, shape);
    return Stream.generate(meetings::meeting).limit(count);
  }

  /** {@code count} documents from {@code seed}: meetings, and one in four a decision record. */
  public static Stream<CouncilRecord> records(long seed, Shape shape, int count) {
    RandomMeetings records = new RandomMeetings(seed, shape);
    return Stream.generate(records::record).limit(count);
  }

  /** A document: a meeting, or one time in four a decision record. */
  public CouncilRecord record() {
    return chance(0.25) ? decisionRecord() : meeting();
  }

  // --- primitives ---

  private boolean chance(double p) {
    return random.nextDouble() < p;
  }

  private int between(int min, int max) {
    return random.nextInt(min, max + 1);
  }

  private <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }

  private <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  private <E extends Enum<E>> E pick(Class<E> type) {
    return pick(type.getEnumConstants());
  }

  private <T> Optional<T> maybe(Supplier<T> value) {
    return chance(0.5) ? Optional.of(value.get()) : Optional.empty();
  }

  private <T> List<T> some(int max, Supplier<T> value) {
    int n = between(0, max);
    List<T> values = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      values.add(value.get());
    }
    return values;
  }

  /** Text: words, unicode, escapes, sometimes empty, blank or long. */
  public String text() {
    double kind = random.nextDouble();
    if (kind < 0.03) {
      return "";
    }
    if (kind < 0.05) {
      return " \t ";
    }
    if (kind < 0.07 && shape == Shape.ANY) {
      return "lone " + (char) between(0xD800, 0xDFFF) + " surrogate";
    }
    if (kind < 0.09) {
      return "control " + (char) between(0, 0x1F) + " char";
    }
    int words = kind < 0.12 ? between(100, 400) : between(1, 12);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < words; i++) {
      if (i > 0) {
        text.append(' ');
      }
      text.append(pick(WORDS));
    }
    return text.toString();
  }

  private String label() {
    return pick(LABELS);
  }

  private String id() {
    return chance(0.1) ? "dup" : "id-" + random.nextInt(1_000_000);
  }

  /** A date: mostly around now, sometimes at the edges of what the shape allows. */
  public LocalDate date() {
    if (chance(0.03)) {
      return shape == Shape.ANY ? pick(new LocalDate[] {LocalDate.MIN, LocalDate.MAX, LocalDate.EPOCH})
          : pick(new LocalDate[] {LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31), LocalDate.EPOCH});
    }
    return LocalDate.of(2000, 1, 1).plusDays(random.nextInt(12_000));
  }

  private LocalTime time() {
    return chance(0.05) ? pick(new LocalTime[] {LocalTime.MIDNIGHT, LocalTime.MAX, LocalTime.of(1, 30)})
        : LocalTime.of(between(0, 23), between(0, 59));
  }

  private ZoneId zone() {
    if (chance(0.8)) {
      return ZoneId.of("Europe/London");
    }
    return chance(0.2) ? ZoneOffset.ofTotalSeconds(between(-18 * 3600, 18 * 3600)) : ZoneId.of(pick(ZONES));
  }

  /** A sum in a random currency (mostly sterling), any sign and scale the shape allows. */
  public Money money() {
    Currency currency = chance(0.85) ? Currency.getInstance("GBP") : pick(CURRENCIES);
    BigDecimal amount;
    double kind = random.nextDouble();
    if (kind < 0.7) {
      amount = BigDecimal.valueOf(random.nextLong(0, 2_000_000_000L), between(0, 2));
    } else if (kind < 0.85) {
      amount = new BigDecimal(new BigInteger(between(1, 120), new java.util.Random(random.nextLong())),
          between(-20, 20));
    } else if (kind < 0.95) {
      amount = BigDecimal.valueOf(random.nextLong(), between(-3, 6));
    } else {
      int scale = shape == Shape.ANY ? between(-10_000, 10_000) : between(-30, 30);
      amount = BigDecimal.valueOf(between(-9, 9), scale);
    }
    return Money.of(chance(0.05) ? amount.negate() : amount, currency);
  }

  private FinancialYear financialYear() {
    MonthDay start = chance(0.8) ? FinancialYear.UK_YEAR_START
        : MonthDay.of(pick(Month.class), between(1, 28));
    int first = between(1950, 2100);
    int last = chance(0.9) ? first + 1 : between(1900, 2200);
    return FinancialYear.builder().firstYear(first).lastYear(last).yearStart(start).build();
  }

  private DateRange dateRange() {
    return DateRange.builder().start(maybe(this::date)).end(maybe(this::date)).asWritten(maybe(this::text)).build();
  }

  private Amount amount() {
    return Amount.builder()
        .money(money())
        .qualifier(pick(AmountQualifier.class))
        .basis(maybe(() -> pick(AmountBasis.class)))
        .financialYear(maybe(this::financialYear))
        .period(chance(0.3) ? Optional.of(dateRange()) : Optional.empty())
        .asWritten(maybe(this::text))
        .build();
  }

  private Period period() {
    return chance(0.9) ? Period.ofYears(between(0, 10)) : Period.of(random.nextInt(), random.nextInt(), random.nextInt());
  }

  // --- parties and references ---

  private Body body() {
    return Body.builder().id(maybe(this::id)).name(chance(0.9) ? Optional.of(text()) : Optional.empty())
        .abbreviation(maybe(this::text))
        .kind(maybe(() -> pick(BodyKind.class))).location(chance(0.2) ? Optional.of(text()) : Optional.empty())
        .address(chance(0.1) ? Optional.of(Address.builder().streetAddress(maybe(this::text)).locality(maybe(this::text))
            .region(maybe(this::text)).postalCode(maybe(this::text)).countryName(maybe(this::text)).build())
            : Optional.empty())
        .addAllIdentifiers(chance(0.2) ? some(2, () -> Identifier.builder()
            .scheme(pick(new String[] {"GB-COH", "GB-CHC", text()})).id(text())
            .address(chance(0.2) ? Optional.of(text()) : Optional.empty()).build()) : List.of())
        .email(chance(0.05) ? Optional.of(text()) : Optional.empty())
        .telephone(chance(0.05) ? Optional.of(text()) : Optional.empty())
        .sme(chance(0.1) ? Optional.of(chance(0.5)) : Optional.empty())
        .vcse(chance(0.1) ? Optional.of(chance(0.5)) : Optional.empty())
        .build();
  }

  private Person person() {
    Person.Builder person = Person.builder().id(maybe(this::id)).honorific(maybe(this::text))
        .name(chance(0.8) ? Optional.of(pick(new String[] {"Ann Able", "Ben Baker", "Cara Cole", "Zoë Ōta"}))
            : maybe(this::text))
        .addAllPostNominals(some(2, this::text))
        .post(maybe(this::text))
        .ward(chance(0.1) ? Optional.of(text()) : Optional.empty())
        .web(chance(0.1) ? Optional.of("https://example.org/member/" + random.nextInt(1000)) : Optional.empty())
        .email(chance(0.05) ? Optional.of(text()) : Optional.empty())
        .telephone(chance(0.05) ? Optional.of(text()) : Optional.empty());
    if (chance(0.1)) {
      person.organisation(body());
    }
    if (chance(0.05)) {
      person.party(body());
    }
    if (chance(0.05)) {
      person.address(Address.builder().streetAddress(maybe(this::text)).locality(maybe(this::text)).build());
    }
    return person.build();
  }

  private Party party() {
    return chance(0.6) ? person() : body();
  }

  private Document document() {
    return Document.builder().id(chance(0.2) ? Optional.of(id()) : Optional.empty())
        .title(maybe(this::text)).kind(pick(DocumentKind.class))
        .number(chance(0.2) ? Optional.of(label()) : Optional.empty())
        .address(chance(0.5) ? Optional.of("https://example.org/doc/" + random.nextInt(1000)) : maybe(this::text))
        .downloadAddress(chance(0.1) ? Optional.of("https://example.org/download/" + random.nextInt(1000)) : Optional.empty())
        .fileName(chance(0.1) ? Optional.of(text()) : Optional.empty())
        .mediaType(maybe(() -> "application/pdf"))
        .size(chance(0.1) ? Optional.of(pick(new String[] {"119 KB", "2.4 MB", "121856", text()})) : Optional.empty())
        .access(chance(0.1) ? Optional.of(pick(Access.class)) : Optional.empty())
        .language(chance(0.05) ? Optional.of(language()) : Optional.empty())
        .personalData(chance(0.05) ? Optional.of(chance(0.5)) : Optional.empty())
        .tabledBy(chance(0.05) ? Optional.of(party()) : Optional.empty())
        .date(maybe(this::date))
        .provenance(chance(0.1) ? Optional.of(recordDates()) : Optional.empty()).build();
  }

  private ReportReference report() {
    return ReportReference.builder().reference(chance(0.1) ? Optional.empty()
            : Optional.of(chance(0.8) ? "CS1" + random.nextInt(10_000) : text()))
        .title(maybe(this::text)).document(chance(0.2) ? Optional.of(document()) : Optional.empty())
        .section(chance(0.2) ? Optional.of(text()) : Optional.empty())
        .addAllAuthors(chance(0.2) ? some(2, this::party) : List.of()).build();
  }

  private Consultation consultation() {
    return Consultation.builder().id(maybe(this::id)).recordId(chance(0.3) ? Optional.of(id()) : Optional.empty())
        .meetingId(maybe(this::id)).itemId(maybe(this::id))
        .addAllBodies(some(2, () -> chance(0.5) ? Body.ofId("https://example.org/organizations/" + random.nextInt(1000)) : body()))
        .role(maybe(() -> pick(new String[] {"Entscheidung", "Vorberatung", "Kenntnisnahme", text()})))
        .authoritative(maybe(() -> chance(0.5)))
        .order(chance(0.1) ? Optional.of(between(1, 20)) : Optional.empty())
        .status(chance(0.1) ? Optional.of(text()) : Optional.empty())
        .provenance(chance(0.2) ? Optional.of(recordDates()) : Optional.empty()).build();
  }

  private MinuteReference minuteReference() {
    return MinuteReference.builder().body(chance(0.3) ? Optional.of(body()) : Optional.empty())
        .meetingDate(maybe(this::date)).minuteNumber(maybe(this::label))
        .agendaNumber(chance(0.2) ? Optional.of(label()) : Optional.empty()).meetingId(maybe(this::id))
        .itemId(maybe(this::id)).exempt(chance(0.2)).asWritten(maybe(this::text)).build();
  }

  private LegalBasis legalBasis() {
    return LegalBasis.builder().citation(text()).instrument(maybe(this::text)).provision(maybe(this::text)).build();
  }

  private Condition condition() {
    return Condition.builder().text(text()).kind(pick(ConditionKind.class))
        .addAllDependsOnParts(some(2, this::label))
        .approver(chance(0.3) ? Optional.of(party()) : Optional.empty()).build();
  }

  // --- money decisions ---

  private FundingAllocation funding() {
    return FundingAllocation.builder()
        .id(maybe(this::id))
        .purpose(maybe(this::text))
        .programme(chance(0.2) ? Optional.of(text()) : Optional.empty())
        .amount(chance(0.9) ? Optional.of(amount()) : Optional.empty())
        .fullYearEffect(chance(0.3) ? Optional.of(amount()) : Optional.empty())
        .addAllComponents(some(2, () -> FundingComponent.builder().description(text()).amount(amount())
            .relation(pick(ComponentRelation.class)).build()))
        .addAllRecharges(some(2, () -> Recharge.builder().amount(amount()).to(party())
            .kind(pick(RechargeKind.class)).build()))
        .addAllFundingSources(some(2, () -> FundingSource.builder().kind(pick(FundingSourceKind.class))
            .name(maybe(this::text)).provider(chance(0.3) ? Optional.of(party()) : Optional.empty())
            .amount(chance(0.3) ? Optional.of(amount()) : Optional.empty()).build()))
        .spendType(maybe(() -> pick(SpendType.class)))
        .status(pick(FundingStatus.class))
        .recipient(chance(0.3) ? Optional.of(party()) : Optional.empty())
        .partner(chance(0.3) ? Optional.of(party()) : Optional.empty())
        .legalBasis(chance(0.2) ? Optional.of(legalBasis()) : Optional.empty())
        .addAllConditions(some(1, this::condition))
        .build();
  }

  private ContractAward contract() {
    return ContractAward.builder()
        .id(maybe(this::id))
        .tenderId(chance(0.1) ? Optional.of(text()) : Optional.empty())
        .procurementReference(chance(0.1) ? Optional.of(text()) : Optional.empty())
        .subject(text())
        .stage(pick(ContractStage.class))
        .mainProcurementCategory(chance(0.2) ? Optional.of(pick(ProcurementCategory.class)) : Optional.empty())
        .procurementMethod(maybe(() -> pick(ProcurementMethod.class)))
        .methodAsWritten(maybe(this::text))
        .methodRationale(maybe(this::text))
        .framework(chance(0.2) ? Optional.of(framework()) : Optional.empty())
        .establishes(chance(0.1) ? Optional.of(framework()) : Optional.empty())
        .lot(maybe(this::text))
        .contractingAuthority(chance(0.2) ? Optional.of(body()) : Optional.empty())
        .leadBody(chance(0.2) ? Optional.of(body()) : Optional.empty())
        .addAllJointWith(some(1, this::body))
        .addAllSuppliers(some(2, this::body))
        .supplierWithheld(chance(0.2))
        .addAllValues(chance(0.7) ? some(3, this::amount) : List.of())
        .description(chance(0.2) ? Optional.of(text()) : Optional.empty())
        .lots(chance(0.1) ? Optional.of(between(0, 40)) : Optional.empty())
        .addAllLotTitles(chance(0.1) ? some(3, this::text) : List.of())
        .addAllClassifications(chance(0.2) ? some(2, () -> Classification.builder().scheme("CPV")
            .code(Integer.toString(between(10_000_000, 99_999_999))).description(maybe(this::text))
            .address(chance(0.2) ? Optional.of(text()) : Optional.empty()).build()) : List.of())
        .suitableForSme(chance(0.1) ? Optional.of(chance(0.5)) : Optional.empty())
        .suitableForVcse(chance(0.1) ? Optional.of(chance(0.5)) : Optional.empty())
        .estimatedMinValue(chance(0.1) ? Optional.of(money()) : Optional.empty())
        .estimatedValue(chance(0.1) ? Optional.of(money()) : Optional.empty())
        .tenderDeadline(chance(0.1) ? Optional.of(date()) : Optional.empty())
        .tenderDeadlineTime(chance(0.1) ? Optional.of(time()) : Optional.empty())
        .awardDate(chance(0.2) ? Optional.of(date()) : Optional.empty())
        .awardBasis(chance(0.2) ? Optional.of(pick(AwardBasis.class)) : Optional.empty())
        .tendersInvited(chance(0.1) ? Optional.of(between(0, 50)) : Optional.empty())
        .tendersReceived(chance(0.1) ? Optional.of(between(0, 50)) : Optional.empty())
        .inHouseBid(chance(0.1) ? Optional.of(chance(0.5)) : Optional.empty())
        .standingOrdersWaived(chance(0.1) ? Optional.of(chance(0.5)) : Optional.empty())
        .addAllLegalBasis(some(1, this::legalBasis))
        .extensionReason(chance(0.1) ? Optional.of(text()) : Optional.empty())
        .term(chance(0.5) ? Optional.of(ContractTerm.builder().start(maybe(this::date)).end(maybe(this::date))
            .duration(maybe(this::period)).addAllExtensionOptions(some(3, this::period))
            .maximumEnd(maybe(this::date)).asWritten(maybe(this::text)).build()) : Optional.empty())
        .plannedTerm(chance(0.1) ? Optional.of(ContractTerm.builder().start(maybe(this::date)).end(maybe(this::date))
            .build()) : Optional.empty())
        .addAllEvaluationCriteria(some(3, () -> EvaluationCriterion.of(text(),
            chance(0.8) ? BigDecimal.valueOf(between(0, 100)) : BigDecimal.valueOf(random.nextLong(), between(-5, 5)))))
        .addAllConditions(some(1, this::condition))
        .existingContract(chance(0.3) ? Optional.of(ExistingContract.builder().description(maybe(this::text))
            .supplier(chance(0.5) ? Optional.of(body()) : Optional.empty())
            .heldBy(chance(0.2) ? Optional.of(body()) : Optional.empty())
            .framework(chance(0.1) ? Optional.of(framework()) : Optional.empty())
            .expires(maybe(this::date)).build()) : Optional.empty())
        .build();
  }

  private Framework framework() {
    return Framework.builder().name(text()).kind(chance(0.3) ? Optional.of(pick(FrameworkKind.class)) : Optional.empty())
        .provider(chance(0.5) ? Optional.of(body()) : Optional.empty())
        .addAllOpenTo(chance(0.1) ? some(3, this::body) : List.of())
        .lot(maybe(this::text)).build();
  }

  // --- decisions ---

  private Vote vote() {
    Vote.Builder vote = Vote.builder().method(chance(0.2) ? Optional.of(pick(VoteMethod.class)) : Optional.empty())
        .motionType(chance(0.05) ? Optional.of(text()) : Optional.empty())
        .time(chance(0.05) ? Optional.of(time()) : Optional.empty())
        .requiredMajority(chance(0.1) ? Optional.of(pick(RequiredMajority.class)) : Optional.empty())
        .identifier(chance(0.05) ? Optional.of(label()) : Optional.empty());
    for (VoteOption option : VoteOption.values()) {
      if (chance(0.4)) {
        vote.putCount(option, chance(0.95) ? between(0, 60) : Integer.MAX_VALUE);
      }
    }
    return vote.addAllNamedVotes(some(4, () -> NamedVote.builder().voter(person())
            .option(chance(0.9) ? Optional.of(pick(VoteOption.class)) : Optional.empty())
            .explanation(chance(0.1) ? Optional.of(text()) : Optional.empty()).build()))
        .unanimous(chance(0.3) ? Optional.of(chance(0.6)) : Optional.empty())
        .addAllRecordedVoteRequestedBy(chance(0.1) ? some(3, this::person) : List.of())
        .castingVoteBy(chance(0.1) ? Optional.of(person()) : Optional.empty())
        .result(maybe(() -> pick(VoteResult.class)))
        .build();
  }

  private ResolutionPart part() {
    ResolutionPart.Builder part = ResolutionPart.builder()
        .id(maybe(this::id))
        .label(chance(0.9) ? Optional.of(label()) : Optional.empty())
        .text(text())
        .effect(pick(PartEffect.class))
        .addressee(chance(0.3) ? Optional.of(party()) : Optional.empty())
        .delegation(chance(0.15) ? Optional.of(Delegation.builder().delegate(party())
            .addAllInConsultationWith(some(2, this::party)).addAllWithAgreementOf(some(1, this::party))
            .scope(maybe(this::text)).limit(chance(0.3) ? Optional.of(amount()) : Optional.empty())
            .source(chance(0.2) ? Optional.of(minuteReference()) : Optional.empty()).build()) : Optional.empty())
        .addAllConditions(some(2, this::condition))
        .addAllFundingAllocations(some(2, this::funding))
        .addAllContractAwards(some(1, this::contract))
        .addAllAppointments(chance(0.1) ? some(2, () -> Appointment.builder()
            .appointee(chance(0.8) ? Optional.of(party()) : Optional.empty()).office(text())
            .body(chance(0.3) ? Optional.of(body()) : Optional.empty())
            .term(chance(0.3) ? Optional.of(dateRange()) : Optional.empty()).build()) : List.of())
        .addAllVirements(chance(0.1) ? some(2, () -> Virement.builder().amount(amount()).from(maybe(this::text))
            .to(maybe(this::text)).reason(maybe(this::text)).build()) : List.of())
        .addAllFigures(chance(0.1) ? some(2, this::figure) : List.of())
        .addAllAdoptsRecommendations(chance(0.1) ? some(3, this::label) : List.of())
        .addAllLegalBasis(chance(0.1) ? some(1, this::legalBasis) : List.of())
        .vote(chance(0.05) ? Optional.of(vote()) : Optional.empty())
        .language(chance(0.05) ? Optional.of(language()) : Optional.empty());
    if (depth < 3 && chance(0.15)) {
      depth++;
      part.addAllParts(some(3, this::part));
      depth--;
    }
    return part.build();
  }

  private Figure figure() {
    return Figure.builder().description(text()).amount(amount()).role(maybe(() -> pick(FigureRole.class))).build();
  }

  private CallIn callIn() {
    return CallIn.builder().outcome(pick(CallInOutcome.class)).date(maybe(this::date))
        .consideredAt(chance(0.5) ? Optional.of(minuteReference()) : Optional.empty())
        .decision(chance(0.3) ? Optional.of(minuteReference()) : Optional.empty())
        .addAllCalledInBy(some(3, this::person)).addAllGrounds(some(2, this::text)).addAllParts(some(2, this::label))
        .build();
  }

  private Motion motion() {
    return Motion.builder().number(chance(0.1) ? Optional.of(label()) : Optional.empty())
        .text(maybe(this::text)).kind(maybe(() -> pick(MotionKind.class)))
        .time(chance(0.1) ? Optional.of(time()) : Optional.empty())
        .movedBy(chance(0.5) ? Optional.of(person()) : Optional.empty())
        .secondedBy(chance(0.4) ? Optional.of(person()) : Optional.empty())
        .vote(chance(0.4) ? Optional.of(vote()) : Optional.empty())
        .outcome(maybe(() -> pick(MotionOutcome.class)))
        .addAllLegalBasis(some(1, this::legalBasis))
        .addAllRecordedVoteRequestedBy(chance(0.1) ? some(2, this::person) : List.of())
        .build();
  }

  private List<NoneStated> statedNone() {
    return chance(0.2) ? some(3, () -> pick(NoneStated.class)).stream().distinct().toList() : List.of();
  }

  private Resolution resolution() {
    return Resolution.builder()
        .id(maybe(this::id))
        .number(chance(0.2) ? Optional.of(label()) : Optional.empty())
        .preamble(maybe(this::text))
        .addAllParts(some(5, this::part))
        .withheld(chance(0.05))
        .decisionMaker(chance(0.2) ? Optional.of(party()) : Optional.empty())
        .recommendedTo(chance(0.2) ? Optional.of(party()) : Optional.empty())
        .decisionDate(maybe(this::date))
        .time(chance(0.1) ? Optional.of(time()) : Optional.empty())
        .decidedAt(chance(0.1) ? Optional.of(minuteReference()) : Optional.empty())
        .consentAgenda(chance(0.1) ? Optional.of(chance(0.5)) : Optional.empty())
        .addAllCoversItems(chance(0.05) ? some(3, this::label) : List.of())
        .addAllRescinds(chance(0.05) ? some(1, this::minuteReference) : List.of())
        .reading(chance(0.05) ? Optional.of(Reading.builder().stage(maybe(() -> pick(ReadingStage.class)))
            .instrumentNumber(maybe(this::text)).readingWaived(maybe(() -> chance(0.5)))
            .byTitleOnly(maybe(() -> chance(0.5))).build()) : Optional.empty())
        .recordVersion(chance(0.1) ? Optional.of(label()) : Optional.empty())
        .keyDecision(maybe(() -> chance(0.5)))
        .subjectToCallIn(maybe(() -> chance(0.5)))
        .callIn(chance(0.1) ? Optional.of(callIn()) : Optional.empty())
        .addAllReasons(some(2, this::text))
        .addAllAlternatives(some(2, this::text))
        .addAllDispensations(some(1, this::text))
        .addAllLegalBasis(chance(0.2) ? some(2, this::legalBasis) : List.of())
        .againstOfficerRecommendation(chance(0.1) ? Optional.of(chance(0.5)) : Optional.empty())
        .movedBy(chance(0.2) ? Optional.of(person()) : Optional.empty())
        .secondedBy(chance(0.2) ? Optional.of(person()) : Optional.empty())
        .addAllAlsoSecondedBy(chance(0.05) ? some(2, this::person) : List.of())
        .movedOnBehalfOf(chance(0.05) ? Optional.of(body()) : Optional.empty())
        .addAllAmendments(some(1, this::amendment))
        .vote(chance(0.3) ? Optional.of(vote()) : Optional.empty())
        .recordStatus(chance(0.1) ? Optional.of(text()) : Optional.empty())
        .addAllStatedNone(statedNone())
        .provenance(chance(0.1) ? Optional.of(recordDates()) : Optional.empty())
        .build();
  }

  private Amendment amendment() {
    Amendment.Builder amendment = Amendment.builder().kind(chance(0.2) ? Optional.of(pick(AmendmentKind.class)) : Optional.empty())
        .text(text())
        .movedBy(chance(0.5) ? Optional.of(person()) : Optional.empty())
        .secondedBy(chance(0.5) ? Optional.of(person()) : Optional.empty())
        .vote(chance(0.3) ? Optional.of(vote()) : Optional.empty())
        .outcome(maybe(() -> pick(AmendmentOutcome.class)));
    if (depth < 3 && chance(0.1)) {
      depth++;
      amendment.addAllAmendments(some(2, this::amendment));
      depth--;
    }
    return amendment.build();
  }

  private MeetingReference meetingReference() {
    return MeetingReference.builder().id(maybe(this::id)).address(maybe(this::text)).title(maybe(this::text))
        .date(maybe(this::date)).time(maybe(this::time)).location(maybe(this::text)).build();
  }

  private String language() {
    return pick(new String[] {"en", "mi", "ga", "cy", "af", "de", "fr-CA"});
  }

  private Deputation deputation(List<String> names) {
    return Deputation.builder().speaker(party())
        .onBehalfOf(chance(0.2) ? Optional.of(body()) : Optional.empty())
        .kind(maybe(() -> pick(DeputationKind.class)))
        .addAllOnItems(some(2, () -> names.isEmpty() || chance(0.3) ? label() : pick(names)))
        .subject(maybe(this::text)).stance(maybe(() -> pick(Stance.class)))
        .time(chance(0.2) ? Optional.of(time()) : Optional.empty())
        .addAllDocuments(chance(0.1) ? some(1, this::document) : List.of())
        .summary(maybe(this::text)).build();
  }

  private Publication publication() {
    return Publication.builder().agenda(maybe(() -> chance(0.5))).minutes(maybe(() -> chance(0.5)))
        .decisions(maybe(() -> chance(0.5)))
        .attachmentsWithheld(chance(0.1) ? Optional.of(text()) : Optional.empty())
        .addAllLegalBasis(chance(0.1) ? some(2, this::legalBasis) : List.of())
        .enquiries(chance(0.05) ? Optional.of(party()) : Optional.empty()).build();
  }

  private Recommendation recommendation() {
    return Recommendation.builder()
        .id(maybe(this::id))
        .number(maybe(this::label))
        .source(chance(0.5) ? Optional.of(RecommendationSource.builder().kind(pick(RecommendationSourceKind.class))
            .body(chance(0.5) ? Optional.of(body()) : Optional.empty()).title(maybe(this::text))
            .report(chance(0.3) ? Optional.of(report()) : Optional.empty()).build()) : Optional.empty())
        .addressee(chance(0.4) ? Optional.of(party()) : Optional.empty())
        .text(maybe(this::text))
        .subject(maybe(this::text))
        .group(maybe(this::text))
        .actionPlanId(maybe(this::text))
        .date(maybe(this::date))
        .dueDate(maybe(this::date))
        .response(chance(0.5) ? Optional.of(RecommendationResponse.builder()
            .status(maybe(() -> pick(ResponseStatus.class))).text(maybe(this::text))
            .respondent(chance(0.5) ? Optional.of(party()) : Optional.empty()).date(maybe(this::date))
            .draft(chance(0.2)).build()) : Optional.empty())
        .addAllProgressUpdates(some(3, () -> ProgressUpdate.builder().date(maybe(this::date)).text(text())
            .status(maybe(() -> pick(ProgressStatus.class)))
            .reportedBy(chance(0.3) ? Optional.of(party()) : Optional.empty())
            .recordedAt(chance(0.2) ? Optional.of(minuteReference()) : Optional.empty()).build()))
        .withheld(chance(0.1) ? Optional.of(chance(0.5)) : Optional.empty())
        .toBeConsideredAt(chance(0.1) ? Optional.of(minuteReference()) : Optional.empty())
        .build();
  }

  private Paragraph paragraph() {
    Paragraph.Builder paragraph = Paragraph.builder()
        .number(maybe(this::label))
        .kind(pick(ParagraphKind.class))
        .addAllSpeakers(some(2, this::party))
        .text(text())
        .language(chance(0.05) ? Optional.of(language()) : Optional.empty());
    if (depth < 3 && chance(0.2)) {
      depth++;
      paragraph.addAllPoints(some(4, this::paragraph));
      depth--;
    }
    return paragraph.build();
  }

  /** A paragraph nested {@code levels} deep, one point a level. */
  public static Paragraph deepParagraph(int levels) {
    Paragraph paragraph = Paragraph.of("level " + levels);
    for (int i = levels - 1; i >= 0; i--) {
      paragraph = Paragraph.builder().text("level " + i).addPoint(paragraph).build();
    }
    return paragraph;
  }

  private AgendaItem item(List<String> names) {
    return AgendaItem.builder()
        .id(maybe(this::id))
        .minuteNumber(chance(0.8) ? Optional.of(Integer.toString(between(1, 120))) : maybe(this::label))
        .agendaNumber(maybe(this::label))
        .section(chance(0.1) ? Optional.of(text()) : Optional.empty())
        .order(chance(0.2) ? Optional.of(between(1, 400)) : Optional.empty())
        .title(chance(0.95) ? Optional.of(text()) : Optional.empty())
        .addAllAlternativeTitles(chance(0.05) ? some(1, () -> LanguageText.of(text(), language())) : List.of())
        .time(chance(0.1) ? Optional.of(time()) : Optional.empty())
        .agendaDescription(chance(0.2) ? Optional.of(text()) : Optional.empty())
        .kind(pick(ItemKind.class))
        .access(chance(0.8) ? Access.PUBLIC : pick(Access.class))
        .addAllExemptionGrounds(some(1, this::legalBasis))
        .exemptionReason(chance(0.05) ? Optional.of(text()) : Optional.empty())
        .urgent(chance(0.1))
        .urgencyReason(chance(0.1) ? Optional.of(text()) : Optional.empty())
        .publicMaySpeak(chance(0.1) ? Optional.of(chance(0.5)) : Optional.empty())
        .addAllReportReferences(some(2, this::report))
        .addAllConsultations(chance(0.2) ? some(2, this::consultation) : List.of())
        .addAllDocuments(some(2, this::document))
        .published(chance(0.1) ? Optional.of(publication()) : Optional.empty())
        .addAllPresenters(some(2, this::party))
        .addAllContacts(chance(0.2) ? some(2, this::person) : List.of())
        .addAllLinks(some(1, () -> ItemLink.of(names.isEmpty() || chance(0.3) ? label() : pick(names),
            pick(LinkRelation.class))))
        .addAllNarrative(some(4, this::paragraph))
        .addAllDeputations(chance(0.1) ? some(2, () -> deputation(names)) : List.of())
        .addAllQuestions(chance(0.1) ? some(2, () -> Question.builder().number(maybe(this::label))
            .askedBy(chance(0.7) ? Optional.of(party()) : Optional.empty())
            .addressedTo(chance(0.3) ? Optional.of(party()) : Optional.empty()).text(maybe(this::text))
            .withNotice(maybe(() -> chance(0.5)))
            .answer(chance(0.5) ? Optional.of(Answer.builder().by(chance(0.5) ? Optional.of(party()) : Optional.empty())
                .text(maybe(this::text)).inWriting(maybe(() -> chance(0.5)))
                .takenOnNotice(maybe(() -> chance(0.5))).build()) : Optional.empty()).build()) : List.of())
        .addAllPetitions(chance(0.05) ? some(2, () -> Petition.builder().reference(maybe(this::label))
            .title(maybe(this::text)).leadPetitioner(chance(0.4) ? Optional.of(party()) : Optional.empty())
            .presentedBy(chance(0.4) ? Optional.of(party()) : Optional.empty())
            .signatures(chance(0.4) ? Optional.of(chance(0.95) ? between(0, 20_000) : Integer.MAX_VALUE) : Optional.empty())
            .request(maybe(this::text)).build()) : List.of())
        .addAllMinutesApprovals(chance(0.1) ? some(2, () -> MinutesApproval.builder()
            .minutes(chance(0.8) ? Optional.of(minuteReference()) : Optional.empty())
            .outcome(maybe(() -> pick(ApprovalOutcome.class))).addAllCorrections(some(2, this::text))
            .addAllExcludedParts(some(1, this::text)).signedBy(chance(0.2) ? Optional.of(person()) : Optional.empty())
            .objections(chance(0.2) ? Optional.of(chance(0.5)) : Optional.empty()).build()) : List.of())
        .motionNotice(chance(0.05) ? Optional.of(MotionNotice.builder().kind(maybe(() -> pick(NoticeKind.class)))
            .reference(maybe(this::label)).addAllGivenBy(some(2, this::person)).givenOn(maybe(this::date)).build())
            : Optional.empty())
        .addAllElections(chance(0.05) ? some(1, () -> Election.builder().office(text())
            .body(chance(0.2) ? Optional.of(body()) : Optional.empty())
            .addAllNominations(some(3, () -> Nomination.builder().candidate(person())
                .proposedBy(chance(0.5) ? Optional.of(person()) : Optional.empty())
                .secondedBy(chance(0.5) ? Optional.of(person()) : Optional.empty())
                .seconded(maybe(() -> chance(0.8))).votes(chance(0.5) ? Optional.of(between(0, 60)) : Optional.empty())
                .addAllVotedBy(some(3, this::person)).build()))
            .elected(chance(0.5) ? Optional.of(person()) : Optional.empty()).build()) : List.of())
        .addAllFigures(chance(0.1) ? some(2, this::figure) : List.of())
        .outcome(maybe(() -> pick(ItemOutcome.class)))
        .result(chance(0.2) ? Optional.of(text()) : Optional.empty())
        .outcomeReason(chance(0.1) ? Optional.of(text()) : Optional.empty())
        .addAllResolutions(some(2, this::resolution))
        .addAllMotions(chance(0.2) ? some(2, this::motion) : List.of())
        .addAllRecommendations(some(2, this::recommendation))
        .callIn(chance(0.05) ? Optional.of(callIn()) : Optional.empty())
        .addAllActions(some(2, () -> Action.builder().id(maybe(this::id)).description(text())
            .kind(pick(ActionKind.class)).owner(chance(0.5) ? Optional.of(party()) : Optional.empty())
            .addAllInvolving(some(1, this::party)).dueDate(maybe(this::date)).dueWhen(maybe(this::text)).build()))
        .addAllMinuteReferences(some(2, this::minuteReference))
        .addAllPostMeetingNotes(some(1, () -> PostMeetingNote.builder().author(maybe(this::text))
            .date(maybe(this::date)).text(text()).build()))
        .addAllStatedNone(statedNone())
        .provenance(chance(0.1) ? Optional.of(recordDates()) : Optional.empty())
        .build();
  }

  /** A whole meeting. */
  public Meeting meeting() {
    List<String> names = new ArrayList<>();
    int items = chance(0.05) ? 0 : between(1, 8);
    List<AgendaItem> agenda = new ArrayList<>();
    for (int i = 0; i < items; i++) {
      AgendaItem item = item(names);
      item.minuteNumber().ifPresent(names::add);
      agenda.add(item);
    }
    if (chance(0.01)) {
      agenda.add(AgendaItem.builder().title("deep").addNarrative(deepParagraph(between(60, 200))).build());
    }
    return Meeting.builder()
        .id(maybe(this::id))
        .authority(chance(0.8) ? Optional.of(body()) : Optional.empty())
        .body(chance(0.8) ? Optional.of(body()) : Optional.empty())
        .kind(chance(0.2) ? Optional.of(pick(MeetingKind.class)) : Optional.empty())
        .title(maybe(this::text))
        .number(chance(0.1) ? Optional.of(text()) : Optional.empty())
        .term(chance(0.05) ? Optional.of(text()) : Optional.empty())
        .date(chance(0.9) ? Optional.of(date()) : Optional.empty())
        .startTime(maybe(this::time))
        .endTime(maybe(this::time))
        .plannedStartTime(chance(0.2) ? Optional.of(time()) : Optional.empty())
        .plannedEndTime(chance(0.1) ? Optional.of(time()) : Optional.empty())
        .addAllSittings(chance(0.1) ? some(3, () -> Sitting.builder().date(maybe(this::date)).start(maybe(this::time))
            .end(maybe(this::time)).location(chance(0.2) ? Optional.of(text()) : Optional.empty())
            .part(maybe(() -> pick(SittingPart.class))).build()) : List.of())
        .adjournment(chance(0.1) ? Optional.of(Adjournment.builder().time(maybe(this::time))
            .reason(maybe(this::text)).addAllItems(some(2, () -> names.isEmpty() ? label() : pick(names)))
            .resumesOn(maybe(this::date)).build()) : Optional.empty())
        .zone(zone())
        .location(maybe(this::text))
        .venue(chance(0.1) ? Optional.of(Venue.builder().id(maybe(this::id))
            .address(chance(0.3) ? Optional.of(Address.builder().streetAddress(maybe(this::text)).postalCode(maybe(this::text))
                .locality(maybe(this::text)).build()) : Optional.empty())
            .web(maybe(() -> "https://example.org/venue/" + random.nextInt(1000)))
            .provenance(chance(0.5) ? Optional.of(recordDates()) : Optional.empty()).build()) : Optional.empty())
        .status(chance(0.8) ? Optional.of(pick(MeetingStatus.class)) : Optional.empty())
        .format(chance(0.1) ? Optional.of(pick(MeetingFormat.class)) : Optional.empty())
        .web(chance(0.1) ? Optional.of("https://example.org/meeting/" + random.nextInt(1000)) : Optional.empty())
        .webcast(chance(0.2) ? Optional.of(chance(0.5)) : Optional.empty())
        .addAllLanguages(chance(0.05) ? some(2, this::language) : List.of())
        .addAllContacts(chance(0.2) ? some(2, this::person) : List.of())
        .quorum(chance(0.1) ? Optional.of(Quorum.builder().present(maybe(() -> chance(0.8))).time(maybe(this::time))
            .asWritten(maybe(this::text)).build()) : Optional.empty())
        .addAllAttendance(some(8, () -> Attendance.builder().person(person()).role(pick(AttendanceRole.class))
            .mode(chance(0.1) ? Optional.of(pick(AttendanceMode.class)) : Optional.empty())
            .addAllRepresenting(some(1, this::body))
            .substituteFor(chance(0.1) ? Optional.of(person()) : Optional.empty())
            .deputyOf(chance(0.05) ? Optional.of(person()) : Optional.empty())
            .capacity(chance(0.05) ? Optional.of(pick(AttendanceRole.class)) : Optional.empty())
            .apology(chance(0.1) ? Optional.of(pick(ApologyKind.class)) : Optional.empty())
            .apologyAccepted(chance(0.1) ? Optional.of(chance(0.8)) : Optional.empty())
            .reason(chance(0.1) ? Optional.of(text()) : Optional.empty())
            .leave(chance(0.05) ? Optional.of(dateRange()) : Optional.empty())
            .arrivedAt(chance(0.1) ? Optional.of(time()) : Optional.empty())
            .leftAt(chance(0.1) ? Optional.of(time()) : Optional.empty())
            .arrivedDuring(chance(0.1) ? Optional.of(label()) : Optional.empty())
            .leftDuring(chance(0.1) ? Optional.of(label()) : Optional.empty())
            .addAllPeriods(chance(0.05) ? some(3, () -> AttendancePeriod.builder().from(maybe(this::time))
                .until(maybe(this::time)).fromItem(chance(0.3) ? Optional.of(label()) : Optional.empty())
                .untilItem(chance(0.3) ? Optional.of(label()) : Optional.empty())
                .mode(chance(0.3) ? Optional.of(pick(AttendanceMode.class)) : Optional.empty())
                .role(chance(0.2) ? Optional.of(pick(AttendanceRole.class)) : Optional.empty()).build()) : List.of())
            .partial(chance(0.05) ? Optional.of(chance(0.8)) : Optional.empty())
            .note(maybe(this::text)).build()))
        .addAllDeclarations(some(2, () -> DeclarationOfInterest.builder().person(person())
            .addAllItems(some(2, () -> names.isEmpty() || chance(0.3) ? label() : pick(names)))
            .nature(maybe(this::text)).kind(maybe(() -> pick(InterestKind.class)))
            .kindAsWritten(chance(0.1) ? Optional.of(text()) : Optional.empty())
            .action(maybe(() -> pick(InterestAction.class))).actionAsWritten(maybe(this::text))
            .declaredDuring(chance(0.2) ? Optional.of(text()) : Optional.empty())
            .legalBasis(chance(0.1) ? Optional.of(legalBasis()) : Optional.empty()).build()))
        .addAllDeputations(chance(0.05) ? some(2, () -> deputation(names)) : List.of())
        .addAllAgendaItems(agenda)
        .addAllProceduralNotes(some(2, () -> ProceduralNote.builder().kind(pick(ProceduralNoteKind.class))
            .text(text()).time(maybe(this::time)).until(chance(0.1) ? Optional.of(time()) : Optional.empty())
            .addAllBy(chance(0.1) ? some(2, this::party) : List.of())
            .addAllSubjects(chance(0.1) ? some(2, this::party) : List.of())
            .duringItem(maybe(this::label)).build()))
        .addAllClosedSessions(chance(0.05) ? some(2, () -> ClosedSession.builder().start(maybe(this::time))
            .end(maybe(this::time)).addAllItems(some(2, () -> names.isEmpty() || chance(0.3) ? label() : pick(names)))
            .addAllSubjects(some(2, this::text)).addAllPermittedToRemain(some(2, this::party))
            .reportOut(maybe(this::text)).actionReported(maybe(() -> chance(0.5))).build()) : List.of())
        .addAllDocuments(some(2, this::document))
        .previousMeeting(chance(0.05) ? Optional.of(meetingReference()) : Optional.empty())
        .nextMeeting(chance(0.05) ? Optional.of(meetingReference()) : Optional.empty())
        .published(chance(0.2) ? Optional.of(publication()) : Optional.empty())
        .minutesStatus(maybe(() -> pick(MinutesStatus.class)))
        .confirmedAt(chance(0.2) ? Optional.of(minuteReference()) : Optional.empty())
        .addAllStatedNone(statedNone())
        .provenance(chance(0.3) ? Optional.of(provenance()) : Optional.empty())
        .build();
  }

  private Provenance provenance() {
    return Provenance.builder().publisher(maybe(this::text))
        .address(maybe(this::text))
        .retrievedAt(maybe(() -> Instant.ofEpochSecond(random.nextLong(0, 4_000_000_000L), between(0, 999_999_999))))
        .licence(maybe(this::text))
        .created(chance(0.3) ? Optional.of(dateTime()) : Optional.empty())
        .modified(chance(0.3) ? Optional.of(dateTime()) : Optional.empty())
        .addAllIdentifiers(chance(0.1) ? some(2, () -> Identifier.builder().scheme(text()).id(text()).build()) : List.of())
        .build();
  }

  /** The publisher's timestamps of a record of its own, and nothing else. */
  private Provenance recordDates() {
    return Provenance.builder().created(maybe(this::dateTime)).modified(maybe(this::dateTime)).build();
  }

  /** A date and time with an offset of up to 18 hours either way, to the nanosecond. */
  private OffsetDateTime dateTime() {
    return OffsetDateTime.of(date(), chance(0.5) ? time() : LocalTime.of(between(0, 23), between(0, 59), between(0, 59),
        chance(0.3) ? between(0, 999_999_999) : 0), ZoneOffset.ofTotalSeconds(60 * between(-18 * 60, 18 * 60)));
  }

  /** A decision record: a decision published on its own. */
  public DecisionRecord decisionRecord() {
    return DecisionRecord.builder()
        .id(maybe(this::id))
        .reference(maybe(this::text))
        .authority(chance(0.8) ? Optional.of(body()) : Optional.empty())
        .title(maybe(this::text))
        .kind(maybe(() -> pick(DecisionRecordKind.class)))
        .recordType(chance(0.3) ? Optional.of(text()) : Optional.empty())
        .addAllClassifications(chance(0.1) ? some(2, () -> Classification.builder().scheme(text()).code(text())
            .description(maybe(this::text)).build()) : List.of())
        .addAllLanguages(chance(0.05) ? some(2, this::language) : List.of())
        .addAllSponsors(chance(0.2) ? some(3, () -> Sponsor.builder().party(party())
            .primary(maybe(() -> chance(0.5))).build()) : List.of())
        .decisionMaker(chance(0.7) ? Optional.of(party()) : Optional.empty())
        .addAllUnderDirectionOf(chance(0.2) ? some(2, this::body) : List.of())
        .date(chance(0.1) ? Optional.of(date()) : Optional.empty())
        .introductionDate(chance(0.2) ? Optional.of(date()) : Optional.empty())
        .decisionDate(maybe(this::date))
        .publicationDate(maybe(this::date))
        .publishedAt(chance(0.1) ? Optional.of(dateTime()) : Optional.empty())
        .effectiveFrom(maybe(this::date))
        .status(maybe(this::text))
        .takenUnder(chance(0.3) ? Optional.of(Delegation.builder().delegate(party()).scope(maybe(this::text))
            .source(chance(0.5) ? Optional.of(minuteReference()) : Optional.empty()).build()) : Optional.empty())
        .addAllLegalBasis(some(2, this::legalBasis))
        .decidedAt(chance(0.3) ? Optional.of(minuteReference()) : Optional.empty())
        .addAllConsultations(chance(0.3) ? some(3, this::consultation) : List.of())
        .addAllMinuteReferences(chance(0.2) ? some(2, this::minuteReference) : List.of())
        .addAllConsulted(some(2, this::party))
        .addAllContacts(some(2, this::person))
        .addAllDeclarations(some(1, () -> DeclarationOfInterest.builder().person(person()).nature(maybe(this::text))
            .kind(maybe(() -> pick(InterestKind.class))).build()))
        .addAllReportReferences(some(2, this::report))
        .addAllLinks(chance(0.2) ? some(2, () -> RecordLink.of(chance(0.8) ? id() : text(), pick(RecordRelation.class)))
            : List.of())
        .addAllDocuments(some(2, this::document))
        .addAllDecisions(some(2, this::resolution))
        .addAllRecommendations(some(1, this::recommendation))
        .addAllStatedNone(statedNone())
        .provenance(chance(0.3) ? Optional.of(provenance()) : Optional.empty())
        .build();
  }
}
