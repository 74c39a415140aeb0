package io.github.minutebook.benchmarks;

import io.github.minutebook.agenda.Access;
import io.github.minutebook.agenda.Action;
import io.github.minutebook.agenda.ActionKind;
import io.github.minutebook.agenda.AgendaItem;
import io.github.minutebook.agenda.ItemKind;
import io.github.minutebook.agenda.ItemOutcome;
import io.github.minutebook.agenda.Paragraph;
import io.github.minutebook.agenda.ParagraphKind;
import io.github.minutebook.calendar.FinancialYear;
import io.github.minutebook.condition.Condition;
import io.github.minutebook.condition.ConditionKind;
import io.github.minutebook.decision.PartEffect;
import io.github.minutebook.decision.Resolution;
import io.github.minutebook.decision.ResolutionPart;
import io.github.minutebook.decision.Vote;
import io.github.minutebook.decision.VoteOption;
import io.github.minutebook.decision.VoteResult;
import io.github.minutebook.funding.FundingAllocation;
import io.github.minutebook.funding.FundingSource;
import io.github.minutebook.funding.FundingSourceKind;
import io.github.minutebook.funding.FundingStatus;
import io.github.minutebook.funding.Recharge;
import io.github.minutebook.funding.SpendType;
import io.github.minutebook.json.MinutebookJson;
import io.github.minutebook.meeting.Attendance;
import io.github.minutebook.meeting.AttendanceRole;
import io.github.minutebook.meeting.DeclarationOfInterest;
import io.github.minutebook.meeting.InterestAction;
import io.github.minutebook.meeting.Meeting;
import io.github.minutebook.meeting.MeetingStatus;
import io.github.minutebook.money.Amount;
import io.github.minutebook.money.AmountBasis;
import io.github.minutebook.money.AmountQualifier;
import io.github.minutebook.money.Money;
import io.github.minutebook.party.Body;
import io.github.minutebook.party.BodyKind;
import io.github.minutebook.party.Person;
import io.github.minutebook.procurement.ContractAward;
import io.github.minutebook.procurement.ContractStage;
import io.github.minutebook.procurement.ContractTerm;
import io.github.minutebook.procurement.EvaluationCriterion;
import io.github.minutebook.procurement.ProcurementMethod;
import io.github.minutebook.reference.LegalBasis;
import io.github.minutebook.reference.ReportReference;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A deterministic corpus of realistic meetings: about 20 agenda items each, 1-3 KB of minutes
 * text per item with quotes, accents and paragraph breaks, resolutions with parts, money, funding
 * allocations and contract decisions; about 70 KB of JSON per meeting. The same seed always gives
 * the same corpus, so runs compare like with like. Like real minutes, every meeting passes the
 * default rules without a violation, so validation is measured on the path real data takes.
 */
public final class Corpus {
  /** The seed every benchmark uses. */
  public static final long SEED = 20161914L;

  private static final String[] SENTENCES = {
      "The Portfolio Holder for Care Services introduced the report and thanked officers for their work.",
      "Members noted that the Council’s “Building a Better Bromley” priorities had been signed off with partners.",
      "The Director of Finance confirmed that the cost would be met within the approved budget for 2016/17.",
      "A Member asked whether the café at the Civic Centre would remain open during the works; officers agreed to report back.",
      "The Chairman reminded Members that the item was subject to call-in by the Executive and Resources PDS Committee.",
      "It was noted that Ofsted’s monitoring visit had found limited progress, and that the pace of change needed to accelerate.",
      "Officers explained that the tender submissions would be evaluated on a 60% price / 40% quality split.",
      "The Commissioner for Children’s Services would report to the Secretary of State by 30th September.",
      "Zoë Lefèvre, Head of Procurement, outlined the framework options and the risks of a single-supplier approach.",
      "Members welcomed the proposal but asked for clearer outcome measures in the next update to the Committee.",
      "The Leader highlighted the need for permanent staff, particularly in social care, rather than agency workers.",
      "A question was raised about the Section 75 agreement with the CCG and how the pooled budget would be governed.",
  };

  private static final String[] TITLES = {
      "Intermediate Care Gateway Review", "Upgrade of Website", "Capital Programme Monitoring – Q1 2016/17",
      "Domestic Violence and VAWG Services", "Agency Staff Contract", "Extra Care Housing Tendering Update",
      "Treasury Management – Annual Report", "Highways Maintenance Programme", "Library Service Review",
      "Children’s Services Improvement Plan", "Waste Collection Contract Extension", "Parks Café Concession",
  };

  private static final String[] SURNAMES = {"Carr", "Arthur", "Evans", "Fortune", "Lymer", "Morgan", "Smith", "Bennett",
      "Fawthrop", "Ōkawa", "Müller", "O’Neill", "Nowak", "Dubois"};

  private static final String[] SUPPLIERS = {"Jadu Ltd", "Liberata UK Ltd", "FM Conway Ltd", "Adecco UK Ltd",
      "Blue Sky Hosting", "Bromley Healthcare CIC", "Mears Group plc", "Veolia Environmental Services"};

  private final SplittableRandom random;

  private Corpus(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** {@code count} meetings from {@link #SEED}. */
  public static List<Meeting> meetings(int count) {
    Corpus corpus = new Corpus(SEED);
    List<Meeting> meetings = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      meetings.add(corpus.meeting(i));
    }
    return meetings;
  }

  /** The meetings as compact JSON documents. */
  public static List<byte[]> documents(List<Meeting> meetings) {
    return meetings.stream().map(MinutebookJson.standard()::encode).toList();
  }

  private int between(int min, int max) {
    return random.nextInt(min, max + 1);
  }

  private <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }

  private static final String[] FORENAMES = {"Stephen", "Kate", "Peter", "Colin", "Diane", "Graham", "Robert", "Zoë", "Siân"};

  /** A councillor other than the chair and any in {@code taken}, whose name is then taken too. */
  private Person councillor(java.util.Set<String> taken) {
    String name;
    do {
      name = pick(FORENAMES) + " " + pick(SURNAMES);
    } while (!taken.add(name));
    return Person.builder().honorific("Councillor").name(name).build();
  }

  private Money gbp(long pounds) {
    return Money.of(java.math.BigDecimal.valueOf(pounds), java.util.Currency.getInstance("GBP"));
  }

  private String text(int minBytes, int maxBytes) {
    int target = between(minBytes, maxBytes);
    StringBuilder text = new StringBuilder();
    while (text.length() < target) {
      if (text.length() > 0) {
        text.append(random.nextInt(5) == 0 ? "\n\n" : " ");
      }
      text.append(pick(SENTENCES));
    }
    return text.toString();
  }

  private Meeting meeting(int index) {
    LocalDate date = LocalDate.of(2016, 1, 4).plusDays(7L * index);
    Meeting.Builder meeting = Meeting.builder()
        .id("bromley-executive-" + date)
        .authority(Body.builder().name("London Borough of Bromley").abbreviation("L B Bromley").kind(BodyKind.AUTHORITY).build())
        .body(Body.of("Executive", BodyKind.EXECUTIVE))
        .date(date)
        .startTime(LocalTime.of(19, 0))
        .endTime(LocalTime.of(21, between(0, 59)))
        .location("Bromley Civic Centre")
        .status(MeetingStatus.HELD)
        .addAttendance(Attendance.of(Person.councillor("Stephen Carr"), AttendanceRole.CHAIR));
    // each councillor once, as real attendance lists have them (repeats would be validation errors)
    java.util.Set<String> taken = new java.util.HashSet<>(java.util.Set.of("Stephen Carr"));
    for (int i = 0; i < 10; i++) {
      meeting.addAttendance(Attendance.of(councillor(taken), i < 7 ? AttendanceRole.MEMBER_PRESENT : AttendanceRole.ALSO_PRESENT));
    }
    meeting.addAttendance(Attendance.of(councillor(taken), AttendanceRole.APOLOGIES));
    meeting.addDeclaration(DeclarationOfInterest.builder().person(Person.councillor("Stephen Carr")).addItem("m" + index + "-5")
        .nature("by virtue of being a governor of a school referred to in the report")
        .action(InterestAction.LEFT_THE_MEETING).build());
    int items = between(18, 22);
    for (int i = 1; i <= items; i++) {
      meeting.addAgendaItem(item(index, i));
    }
    return meeting.build();
  }

  private AgendaItem item(int meeting, int number) {
    AgendaItem.Builder item = AgendaItem.builder()
        .id("m" + meeting + "-" + number)
        .minuteNumber(Integer.toString(number + 60))
        .agendaNumber(Integer.toString(number))
        .title(pick(TITLES))
        .kind(ItemKind.REPORT_FOR_DECISION)
        .addReportReference(ReportReference.of("CS17" + between(100, 999)));
    boolean exempt = number > 18;
    if (exempt) {
      item.access(Access.EXEMPT).addExemptionGround(LegalBasis.of("Schedule 12A, paragraph 3",
          "Local Government Act 1972", "Schedule 12A, paragraph 3"));
    }
    int paragraphs = between(2, 4);
    for (int p = 0; p < paragraphs; p++) {
      Paragraph.Builder paragraph = Paragraph.builder().text(text(300, 700));
      if (random.nextInt(3) == 0) {
        paragraph.kind(ParagraphKind.STATEMENT).addSpeaker(Person.ofPost("Director of Finance"))
            .addPoint(Paragraph.of(pick(SENTENCES))).addPoint(Paragraph.of(pick(SENTENCES)));
      }
      item.addNarrative(paragraph.build());
    }
    Resolution.Builder resolution = Resolution.builder().preamble("RESOLVED that:");
    int parts = between(1, 4);
    for (int p = 1; p <= parts; p++) {
      resolution.addPart(part(p));
    }
    if (random.nextInt(4) == 0) {
      resolution.vote(Vote.builder().putCount(VoteOption.YES, 6).putCount(VoteOption.NO, 2).result(VoteResult.CARRIED).build());
    }
    item.addResolution(resolution.build()).outcome(ItemOutcome.DECIDED);
    if (random.nextInt(3) == 0) {
      item.addAction(Action.builder().kind(ActionKind.FUTURE_REPORT).description("a further report would be brought to Members")
          .owner(Person.ofPost("Director of Corporate Services")).build());
    }
    return item.build();
  }

  private ResolutionPart part(int label) {
    ResolutionPart.Builder part = ResolutionPart.builder().label(Integer.toString(label));
    switch (random.nextInt(4)) {
      case 0 -> part.effect(PartEffect.ALLOCATE_FUNDING)
          .text("a sum of £" + between(20, 900) + "k be included in the Capital Programme, to be funded from capital receipts;")
          .addFundingAllocation(funding());
      case 1 -> {
        part.effect(PartEffect.AWARD_CONTRACT)
            .text("officers proceed to commission " + pick(SUPPLIERS) + " as a negotiated single tender at an estimated cost;")
            .addContractAward(contract());
        if (label > 1) { // part (1) cannot be subject to itself
          part.addCondition(Condition.builder().text("subject to approval of (1) above")
              .kind(ConditionKind.SUBJECT_TO_OTHER_PART).addDependsOnPart("1").build());
        }
      }
      case 2 -> part.effect(PartEffect.NOTE).text("the report and the progress made since the last update be noted;");
      default -> part.effect(PartEffect.APPROVE).text("the actions set out in the improvement plan be agreed;");
    }
    return part.build();
  }

  private FundingAllocation funding() {
    long pounds = between(20, 2000) * 1000L;
    FundingAllocation.Builder funding = FundingAllocation.builder()
        .purpose("upgrade of the web content management system")
        .amount(Amount.builder().money(gbp(pounds)).qualifier(AmountQualifier.UP_TO).basis(AmountBasis.IN_FINANCIAL_YEAR)
            .financialYear(FinancialYear.startingIn(2016 + random.nextInt(3))).asWritten("£" + pounds / 1000 + "k").build())
        .spendType(random.nextBoolean() ? SpendType.CAPITAL : SpendType.REVENUE)
        .status(FundingStatus.APPROVED)
        .addFundingSource(FundingSource.of(FundingSourceKind.CAPITAL_RECEIPTS));
    if (random.nextBoolean()) {
      funding.fullYearEffect(Amount.builder().money(gbp(pounds * 2)).basis(AmountBasis.FULL_YEAR_EFFECT).build())
          .addRecharge(Recharge.of(Amount.of(gbp(pounds / 4)), Body.of("Better Care Fund", BodyKind.FUND)));
    }
    return funding.build();
  }

  private ContractAward contract() {
    return ContractAward.builder()
        .subject("provision of supported living services")
        .stage(ContractStage.DIRECT_AWARD)
        .procurementMethod(ProcurementMethod.DIRECT)
        .methodAsWritten("negotiated single tender")
        .methodRationale("an upgrade to an existing licence which only the supplier could perform")
        .addSupplier(Body.of(pick(SUPPLIERS), BodyKind.COMPANY))
        .addValues(Amount.builder().money(gbp(between(10, 900) * 1000L)).qualifier(AmountQualifier.ESTIMATED).build())
        .term(ContractTerm.builder().start(LocalDate.of(2017, 4, 1)).duration(Period.ofYears(5))
            .addExtensionOption(Period.ofYears(2)).build())
        .addEvaluationCriterion(EvaluationCriterion.of("price", 60))
        .addEvaluationCriterion(EvaluationCriterion.of("quality", 40))
        .build();
  }
}
