package io.github.minutebook.cli;

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
import io.github.minutebook.money.AmountBasis;
import io.github.minutebook.money.AmountQualifier;
import io.github.minutebook.money.Money;
import io.github.minutebook.party.Body;
import io.github.minutebook.party.BodyKind;
import io.github.minutebook.procurement.ContractAward;
import io.github.minutebook.procurement.ContractStage;
import io.github.minutebook.procurement.ProcurementMethod;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The summary's sums and groupings, on small meetings built for the purpose. */
class MeetingSummaryTest {
  private static final FinancialYear Y2016 = FinancialYear.parse("2016/17");
  private static final FinancialYear Y2017 = FinancialYear.parse("2017/18");

  private static Amount amount(String value, String currency, FinancialYear year) {
    return Amount.builder().money(Money.of(value, currency)).financialYear(year).build();
  }

  private static FundingAllocation allocation(Amount amount, FundingSource... sources) {
    return FundingAllocation.builder().amount(amount).addFundingSources(sources).status(FundingStatus.APPROVED).build();
  }

  private static Meeting meeting(ResolutionPart... parts) {
    return Meeting.builder()
        .authority(Body.of("Testshire County Council", BodyKind.AUTHORITY))
        .body(Body.of("Cabinet", BodyKind.EXECUTIVE))
        .addAgendaItem(AgendaItem.builder().minuteNumber("7").title("BUDGET")
            .addResolution(Resolution.builder().addParts(parts).build())
            .build())
        .build();
  }

  private static ResolutionPart part(String label, FundingAllocation... allocations) {
    return ResolutionPart.builder().label(label).text("the sums be allocated").effect(PartEffect.ALLOCATE_FUNDING)
        .addFundingAllocations(allocations).build();
  }

  @Test
  void fundingIsTotalledBySourceAndYearPerCurrencyAndSaysWhenCurrenciesDiffer() {
    Meeting meeting = meeting(
        part("1", allocation(amount("100.50", "GBP", Y2016), FundingSource.of(FundingSourceKind.GRANT)),
            allocation(amount("200", "EUR", Y2016), FundingSource.of(FundingSourceKind.GRANT))),
        part("2", allocation(amount("1000", "GBP", Y2017),
            FundingSource.builder().kind(FundingSourceKind.BORROWING).amount(amount("600", "GBP", Y2017)).build(),
            FundingSource.builder().kind(FundingSourceKind.RESERVES).amount(amount("400", "GBP", Y2017)).build())),
        part("3", allocation(amount("50", "GBP", Y2016), FundingSource.of(FundingSourceKind.GRANT),
            FundingSource.of(FundingSourceKind.CAPITAL_RECEIPTS))),
        part("4", allocation(Amount.of(Money.of("75", "GBP")))));

    List<String> lines = MeetingSummary.lines(meeting);

    assertEquals(List.of(
        "  approved:",
        "    reserves, 2017/18: GBP 400.00 (1 allocation)",
        "    borrowing, 2017/18: GBP 600.00 (1 allocation)",
        "    grant, 2016/17: EUR 200.00 + GBP 100.50 (currencies differ, not converted) (2 allocations)",
        "    grant and capital receipts, 2016/17: GBP 50.00 (1 allocation)",
        "    source not stated, no financial year: GBP 75.00 (1 allocation)",
        "  Note: the amounts are in EUR and GBP; they are totalled per currency, never converted."),
        SummarizeCommandTest.section(lines, "Funding by status, source and financial year:"));
  }

  @Test
  void nestedPartsAreIndentedAndContractsGroupedByRouteAndSupplier() {
    ContractAward jadu = ContractAward.builder().subject("website").stage(ContractStage.DIRECT_AWARD)
        .procurementMethod(ProcurementMethod.DIRECT).addSupplier(Body.named("Jadu Ltd"))
        .addValues(Amount.builder().money(Money.of("53000.00", "GBP")).qualifier(AmountQualifier.ESTIMATED)
            .basis(AmountBasis.ONE_OFF).build())
        .build();
    ContractAward joint = ContractAward.builder().subject("cleaning").stage(ContractStage.AWARD)
        .addSupplier(Body.named("Jadu Ltd")).addSupplier(Body.named("Acme"))
        .addValues(Amount.of(Money.of("10", "GBP"))).build();
    ResolutionPart parent = ResolutionPart.builder().label("(a)").text("contracts be awarded")
        .effect(PartEffect.AWARD_CONTRACT)
        .addPart(ResolutionPart.builder().label("(i)").text("to Jadu").effect(PartEffect.AWARD_CONTRACT)
            .addContractAward(jadu).build())
        .addPart(ResolutionPart.builder().label("(ii)").text("to both").effect(PartEffect.AWARD_CONTRACT)
            .addContractAward(joint).build())
        .build();

    List<String> lines = MeetingSummary.lines(meeting(parent));

    assertEquals(List.of(
        "  Minute 7: BUDGET",
        "    (a) award contract: contracts be awarded",
        "      (i) award contract: to Jadu",
        "          contract: direct award (direct), Jadu Ltd, estimated GBP 53,000.00 one-off",
        "      (ii) award contract: to both",
        "          contract: award, Jadu Ltd and Acme, GBP 10.00"), SummarizeCommandTest.section(lines, "Decisions:"));
    assertEquals(List.of(
        "  award: 1 decision",
        "    minute 7 (ii): Jadu Ltd and Acme, GBP 10.00; cleaning",
        "  direct award (direct): 1 decision",
        "    minute 7 (i): Jadu Ltd, estimated GBP 53,000.00 one-off; website"),
        SummarizeCommandTest.section(lines, "Contract decisions by stage and route:"));
    assertEquals(List.of(
        "  Acme: 1 decision, no value stated (1 shared with other suppliers, not added)",
        "  Jadu Ltd: 2 decisions, GBP 53,000.00 (1 shared with other suppliers, not added)"),
        SummarizeCommandTest.section(lines, "Contract decisions by supplier:"));
  }

  @Test
  void anEmptyMeetingSaysWhatIsMissing() {
    assertEquals(List.of("Authority: (not stated)", "Body: (not stated)", "Date: (not stated)", "Status: (not stated)", "",
        "Items (0):", "", "Decisions: none recorded", "", "Funding by status, source and financial year: none", "",
        "Contract decisions: none"), MeetingSummary.lines(Meeting.builder().build()));
  }

  @Test
  void moneyIsExactWithDigitsGroupedByThree() {
    Currency gbp = Currency.getInstance("GBP");
    assertEquals("GBP 0.5", MeetingSummary.money(gbp, new BigDecimal("0.5")));
    assertEquals("GBP 999", MeetingSummary.money(gbp, new BigDecimal("999")));
    assertEquals("GBP 1,000", MeetingSummary.money(gbp, new BigDecimal("1000")));
    assertEquals("GBP -1,234,567.891", MeetingSummary.money(gbp, new BigDecimal("-1234567.891")));
    assertEquals("GBP 1,000,000", MeetingSummary.money(gbp, new BigDecimal("1E+6")));
  }

  @Test
  void fundingWhoseStatusTheRecordDoesNotGiveIsNotCountedAsApproved() {
    Meeting meeting = meeting(part("1", FundingAllocation.builder().amount(Amount.of(Money.of("75", "GBP"))).build()));

    List<String> lines = MeetingSummary.lines(meeting);

    assertTrue(lines.contains("  status not stated:"), String.join("\n", lines));
    assertTrue(lines.stream().noneMatch(line -> line.contains("approved")), String.join("\n", lines));
  }
}
