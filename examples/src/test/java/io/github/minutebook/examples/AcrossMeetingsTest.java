package io.github.minutebook.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutebook.agenda.AgendaItem;
import io.github.minutebook.calendar.FinancialYear;
import io.github.minutebook.decision.PartEffect;
import io.github.minutebook.decision.Resolution;
import io.github.minutebook.decision.ResolutionPart;
import io.github.minutebook.funding.FundingAllocation;
import io.github.minutebook.funding.FundingSource;
import io.github.minutebook.funding.FundingSourceKind;
import io.github.minutebook.funding.FundingStatus;
import io.github.minutebook.meeting.Meeting;
import io.github.minutebook.money.Amount;
import io.github.minutebook.money.Money;
import io.github.minutebook.party.Body;
import io.github.minutebook.party.BodyKind;
import io.github.minutebook.recommendation.RecommendationResponse;
import io.github.minutebook.recommendation.ResponseStatus;
import java.nio.file.Path;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AcrossMeetingsTest {
  static final String FUNDING = String.join("\n",
      "Funding approved, by source and financial year (sums per currency, never converted)",
      "  (source not stated)    2017/18               GBP      535500.00  (1 allocation)",
      "  (source not stated)    no year, per annum    GBP     1071000.00  (1 allocation, 1 of them UP_TO)",
      "  CAPITAL_RECEIPTS       no year stated        GBP      312000.00  (2 allocations)",
      "Not counted: not (yet) approved",
      "  RECOMMENDED                                  GBP      949000.00  (1 allocation)",
      "  SUBJECT_TO_FURTHER_APPROVAL                  GBP      141000.00  (1 allocation, 1 of them UP_TO)",
      "");

  static final String CONTRACTS = String.join("\n",
      "Contract decisions, by supplier",
      "  Adecco",
      "    London Borough of Bromley, Executive, 2016-09-14, minute 80(2): CALL_OFF, future provision of agency staff",
      "  Blue Sky",
      "    London Borough of Bromley, Executive, 2016-09-14, minute 81(4): DIRECT_AWARD, a temporary environment to"
          + " enable the upgrade process, estimated GBP 20000.00",
      "  FM Conway Ltd",
      "    London Borough of Bromley, Executive, 2016-09-14, minute 82: USE_OF_EXISTING_CONTRACT, repair of the failed"
          + " retaining wall of the Betts Park Canal bank, estimated GBP 136000.00",
      "  Jadu Ltd",
      "    London Borough of Bromley, Executive, 2016-09-14, minute 81(2): DIRECT_AWARD, upgrade of the Web content"
          + " management system to Jadu Continuum, estimated GBP 53000.00",
      "  Liberata",
      "    London Borough of Bromley, Executive, 2016-09-14, minute 81(3): VARIATION, upgrade the components of the"
          + " MyBromley Account web portal and provide staff resource to transition to the new system, estimated GBP"
          + " 116000.00",
      "  (supplier withheld: exempt information)",
      "    London Borough of Bromley, Executive, 2016-09-14, minute 86: AWARD, provision of Supported Living Services at"
          + " the Coppice/Spinney and the Glade",
      "    London Borough of Bromley, Executive, 2016-09-14, minute 89: AWARD, main contract (Phase 1) of the capital"
          + " scheme at Stewart Fleming Primary School",
      "  (no supplier named)",
      "    London Borough of Bromley, Executive, 2016-09-14, minute 74(2): APPROVAL_TO_PROCURE, intermediate care service",
      "    London Borough of Bromley, Executive, 2016-09-14, minute 78(1): MARKET_TEST, Domestic Violence and Violence"
          + " Against Women and Girls Services, estimated GBP 220000.00",
      "");

  static final String RECOMMENDATIONS = String.join("\n",
      "Recommendations awaiting a response",
      "  (meeting not identified): General progress update regarding A2020 Scrutiny Recommendations - KLOE 1, 2 and 3",
      "    recommendation 5: no response recorded; 3 progress updates, latest status IN_PROGRESS",
      "      \"in relation to how demand for services was affected by the movement of people in, out a...\"",
      "    recommendation 6: no response recorded; 1 progress update",
      "      \"in relation to challenging local authorities who placed families in the Borough without...\"",
      "  London Borough of Bromley, Executive, 2016-09-14: minute 73",
      "    recommendation 7: no response recorded",
      "  London Borough of Bromley, Executive, 2016-09-14: minute 77",
      "    recommendation 2.1: under consideration",
      "      \"That the leader of the Council considers realigning Portfolio Responsibilities to creat...\"",
      "  London Borough of Hackney, Governance and Resources Scrutiny Commission: Governance and Resources Scrutiny"
          + " Review Delivering Public Services - Whole Place, Whole System Approach - Executive Response",
      "    recommendation 1: draft response only",
      "    recommendation (unnumbered): draft response only",
      "      \"about setting up a pilot or participating in a programme initiative in an area\"",
      "6 awaiting",
      "");

  static final String REPORT = "5 meetings\n\n" + FUNDING + "\n" + CONTRACTS + "\n" + RECOMMENDATIONS;

  private static List<Meeting> fiveJsonFiles() throws Exception {
    List<Path> files = new ArrayList<>();
    for (String name : DataFilesTest.jsonFileNames(DataFilesTest.DATA)) {
      files.add(DataFilesTest.DATA.resolve(name));
    }
    return AcrossMeetings.read(files);
  }

  @Test
  void answersTheThreeQuestionsForTheFiveMeetings() throws Exception {
    List<Meeting> meetings = fiveJsonFiles();
    assertEquals(REPORT, Output.of(o -> AcrossMeetings.report(meetings, o)));
  }

  @Test
  void theNdjsonFileGivesTheSameAnswers() throws Exception {
    List<Meeting> meetings = AcrossMeetings.read(List.of(DataFilesTest.NDJSON));
    assertEquals(fiveJsonFiles(), meetings);
    assertEquals(REPORT, Output.of(o -> AcrossMeetings.report(meetings, o)));
  }

  @Test
  void findsMoneyAndContractsInSubPartsAtAnyDepth() throws Exception {
    List<Meeting> meetings = new ArrayList<>(fiveJsonFiles());
    Meeting bromley = meetings.get(2);
    // Minute 81: parts (2) and (3) become (1)(a) and (1)(b).
    // Minute 82: the one unlabelled part, with its allocation, moves two levels down.
    Meeting nested = change(change(bromley, "81", r -> {
      List<ResolutionPart> p = r.parts();
      return r.withParts(p.get(0).withParts(p.get(1).withLabel("a"), p.get(2).withLabel("b")), p.get(3));
    }), "82", r -> r.withParts(ResolutionPart.builder().text("RESOLVED").effect(PartEffect.OTHER)
        .addPart(ResolutionPart.builder().text("that").effect(PartEffect.OTHER).addPart(r.parts().get(0)).build())
        .build()));
    meetings.set(2, nested);

    String out = Output.of(o -> AcrossMeetings.report(meetings, o));

    assertTrue(out.contains(FUNDING), out); // nothing lost: the same totals
    assertTrue(out.contains("minute 81(1)(a): DIRECT_AWARD, upgrade of the Web content management system"), out);
    assertTrue(out.contains("minute 81(1)(b): VARIATION, upgrade the components"), out);
    assertTrue(out.contains("minute 82: USE_OF_EXISTING_CONTRACT, repair of the failed retaining wall"), out);
  }

  @Test
  void sumsInDifferentCurrenciesAreNeverAdded() throws Exception {
    List<Meeting> meetings = new ArrayList<>(fiveJsonFiles());
    meetings.add(Meeting.builder()
        .authority(Body.of("Ville d'Exemple", BodyKind.AUTHORITY))
        .addAgendaItem(AgendaItem.builder().minuteNumber("12").title("Budget")
            .addResolution(Resolution.builder().addPart(ResolutionPart.builder().text("...")
                .effect(PartEffect.ALLOCATE_FUNDING)
                // In euros, like the £176K and £136K from capital receipts, with no year either.
                .addFundingAllocation(allocation(Money.of("50000", "EUR"), null,
                    FundingSource.of(FundingSourceKind.CAPITAL_RECEIPTS)))
                // A calendar financial year, split between two sources with a remainder.
                .addFundingAllocation(allocation(Money.of("100000", "EUR"),
                    FinancialYear.startingIn(2024, MonthDay.of(1, 1)),
                    source(FundingSourceKind.GRANT, Money.of("60000", "EUR")),
                    source(FundingSourceKind.RESERVES, Money.of("30000", "EUR"))))
                // Two sources with no split: counted once, under both together.
                .addFundingAllocation(allocation(Money.of("40000", "EUR"), FinancialYear.startingIn(2024,
                    MonthDay.of(1, 1)), FundingSource.of(FundingSourceKind.RESERVES),
                    FundingSource.of(FundingSourceKind.GRANT)))
                .build()).build())
            .build())
        .build());

    String out = Output.of(o -> AcrossMeetings.report(meetings, o));

    assertTrue(out.contains(String.join("\n",
        "Funding approved, by source and financial year (sums per currency, never converted)",
        "  (source not stated)    2017/18               GBP      535500.00  (1 allocation)",
        "  (source not stated)    2024 (from 1 January) EUR       10000.00  (1 allocation)",
        "  (source not stated)    no year, per annum    GBP     1071000.00  (1 allocation, 1 of them UP_TO)",
        "  CAPITAL_RECEIPTS       no year stated        EUR       50000.00  (1 allocation)",
        "  CAPITAL_RECEIPTS       no year stated        GBP      312000.00  (2 allocations)",
        "  GRANT                  2024 (from 1 January) EUR       60000.00  (1 allocation)",
        "  GRANT + RESERVES       2024 (from 1 January) EUR       40000.00  (1 allocation)",
        "  RESERVES               2024 (from 1 January) EUR       30000.00  (1 allocation)",
        "Not counted")), out);
  }

  @Test
  void bySourceSplitsOnlyWhereTheMinutesDo() {
    assertEquals(Map.of("(source not stated)", gbp("100")), AcrossMeetings.bySource(allocation(gbp("100"), null)));
    assertEquals(Map.of("GRANT", gbp("100")),
        AcrossMeetings.bySource(allocation(gbp("100"), null, FundingSource.of(FundingSourceKind.GRANT))));
    assertEquals(Map.of("GRANT", gbp("70"), "(source not stated)", gbp("30")),
        AcrossMeetings.bySource(allocation(gbp("100"), null, source(FundingSourceKind.GRANT, gbp("70")))));
    assertEquals(Map.of("BORROWING + GRANT", gbp("100")), AcrossMeetings.bySource(allocation(gbp("100"), null,
        source(FundingSourceKind.GRANT, gbp("70")), FundingSource.of(FundingSourceKind.BORROWING))));
    // A share in another currency cannot be taken out of the whole: no split, no exchange rate.
    assertEquals(Map.of("GRANT", gbp("100")), AcrossMeetings.bySource(allocation(gbp("100"), null,
        source(FundingSourceKind.GRANT, Money.of("70", "EUR")))));
    // Shares from two sources of one kind add up.
    assertEquals(Map.of("GRANT", gbp("100")), AcrossMeetings.bySource(allocation(gbp("100"), null,
        source(FundingSourceKind.GRANT, gbp("70")), source(FundingSourceKind.GRANT, gbp("30")))));
  }

  @Test
  void aRecommendationIsAnsweredOnlyByADecidedFinalResponse() {
    assertEquals(Optional.of("no response recorded"), AcrossMeetings.awaiting(Optional.empty()));
    assertEquals(Optional.of("draft response only"), AcrossMeetings.awaiting(Optional.of(
        RecommendationResponse.builder().status(ResponseStatus.ACCEPTED).draft(true).build())));
    assertEquals(Optional.of("response without a decision"),
        AcrossMeetings.awaiting(Optional.of(RecommendationResponse.builder().text("noted with thanks").build())));
    assertEquals(Optional.of("under consideration"), AcrossMeetings.awaiting(Optional.of(
        RecommendationResponse.builder().status(ResponseStatus.UNDER_CONSIDERATION).build())));
    for (ResponseStatus answered : List.of(ResponseStatus.ACCEPTED, ResponseStatus.PARTLY_ACCEPTED,
        ResponseStatus.REJECTED, ResponseStatus.NOTED)) {
      assertEquals(Optional.empty(),
          AcrossMeetings.awaiting(Optional.of(RecommendationResponse.builder().status(answered).build())));
    }
  }

  @Test
  void theMeetingsAreDescribedByWhatTheyRecord() throws Exception {
    assertEquals(List.of("(meeting not identified)", "L B Bromley", "London Borough of Bromley, Executive, 2016-09-14",
            "London Borough of Hackney, Governance and Resources Scrutiny Commission",
            "Leeds, Scrutiny Board (Strategy and Resources)"),
        fiveJsonFiles().stream().map(AcrossMeetings::describe).collect(Collectors.toList()));
  }

  /** The meeting with the first resolution of the item minuted as {@code minute} changed. */
  private static Meeting change(Meeting meeting, String minute, java.util.function.UnaryOperator<Resolution> change) {
    int at = HouseRule.indexOfMinute(meeting, minute);
    return meeting.withAgendaItems(HouseRule.replace(meeting.agendaItems(), at,
        item -> item.withResolutions(HouseRule.replace(item.resolutions(), 0, change))));
  }

  private static FundingAllocation allocation(Money value, FinancialYear year, FundingSource... sources) {
    Amount.Builder amount = Amount.builder().money(value);
    if (year != null) {
      amount.financialYear(year);
    }
    return FundingAllocation.builder().amount(amount.build()).addFundingSources(sources)
        .status(FundingStatus.APPROVED).build();
  }

  private static FundingSource source(FundingSourceKind kind, Money amount) {
    return FundingSource.builder().kind(kind).amount(Amount.of(amount)).build();
  }

  private static Money gbp(String amount) {
    return Money.of(amount, "GBP");
  }
}
