package io.github.minutebook.examples;

import io.github.minutebook.agenda.AgendaItem;
import io.github.minutebook.agenda.ItemKind;
import io.github.minutebook.agenda.ItemOutcome;
import io.github.minutebook.calendar.FinancialYear;
import io.github.minutebook.decision.PartEffect;
import io.github.minutebook.decision.Resolution;
import io.github.minutebook.decision.ResolutionPart;
import io.github.minutebook.funding.FundingAllocation;
import io.github.minutebook.funding.FundingSource;
import io.github.minutebook.funding.FundingSourceKind;
import io.github.minutebook.funding.Recharge;
import io.github.minutebook.funding.SpendType;
import io.github.minutebook.meeting.Attendance;
import io.github.minutebook.meeting.AttendanceRole;
import io.github.minutebook.meeting.Meeting;
import io.github.minutebook.money.Amount;
import io.github.minutebook.money.AmountBasis;
import io.github.minutebook.money.AmountQualifier;
import io.github.minutebook.money.Money;
import io.github.minutebook.party.Body;
import io.github.minutebook.party.BodyKind;
import io.github.minutebook.party.Person;
import io.github.minutebook.procurement.ContractAward;
import io.github.minutebook.procurement.ContractStage;
import io.github.minutebook.procurement.ProcurementMethod;
import io.github.minutebook.reference.ReportReference;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Builds two minutes of a real meeting (London Borough of Bromley, Executive, 14 September 2016)
 * with Minutebook's builders, then walks the model to print what was decided: every resolution
 * part with its effect, the money, and the contract decisions.
 *
 * <p>Run it with {@code mvn -q -DskipTests package && java -jar examples/target/minutebook-examples.jar}.
 */
public final class BuildAMeeting {
  private static final Body BETTER_CARE_FUND = Body.of("Better Care Fund", BodyKind.FUND);

  private BuildAMeeting() {}

  /** Prints the summary of the example meeting to standard output. */
  public static void main(String[] args) {
    print(meeting(), System.out);
  }

  /** The example meeting: minutes 74 and 81 of the Executive of 14 September 2016. */
  public static Meeting meeting() {
    return Meeting.builder()
        .authority(Body.builder().name("London Borough of Bromley").abbreviation("L B Bromley")
            .kind(BodyKind.AUTHORITY).build())
        .body(Body.of("Executive", BodyKind.EXECUTIVE))
        .date(LocalDate.of(2016, 9, 14))
        .startTime(LocalTime.of(19, 0))
        .addAttendance(Attendance.of(Person.councillor("Stephen Carr"), AttendanceRole.CHAIR))
        .addAgendaItem(intermediateCare())
        .addAgendaItem(websiteUpgrade())
        .build();
  }

  /** Minute 74: money in one year, part of it recharged to a fund. */
  private static AgendaItem intermediateCare() {
    FundingAllocation continuation = FundingAllocation.builder()
        .purpose("continuation of current funding arrangements for the intermediate care contract")
        .amount(Amount.builder()
            .money(gbp("535500"))
            .basis(AmountBasis.PRO_RATA)
            .financialYear(FinancialYear.parse("2017/18"))
            .asWritten("£535,500")
            .build())
        .addRecharge(Recharge.of(Amount.builder().money(gbp("150000")).asWritten("£150k").build(),
            BETTER_CARE_FUND))
        .spendType(SpendType.REVENUE)
        .build();
    return AgendaItem.builder()
        .minuteNumber("74")
        .title("INTERMEDIATE CARE GATEWAY REVIEW")
        .kind(ItemKind.REPORT_FOR_DECISION)
        .addReportReference(ReportReference.of("CS17027"))
        .outcome(ItemOutcome.DECIDED)
        .addResolution(Resolution.builder()
            .preamble("RESOLVED that:")
            .addPart(ResolutionPart.builder()
                .label("1")
                .text("continuation of L B Bromley's current funding arrangements for the"
                    + " intermediate care contract from 1st April to 30th September 2017 (six month"
                    + " pro-rata amounts) be agreed at a cost of £535,500 in 2017/18 of which £150k"
                    + " would be recharged to the Better Care Fund;")
                .effect(PartEffect.APPROVE)
                .addFundingAllocation(continuation)
                .build())
            .build())
        .build();
  }

  /** Minute 81: a capital allocation and a direct award as a negotiated single tender. */
  private static AgendaItem websiteUpgrade() {
    return AgendaItem.builder()
        .minuteNumber("81")
        .title("UPGRADE OF WEBSITE")
        .kind(ItemKind.REPORT_FOR_DECISION)
        .addReportReference(ReportReference.of("CSD16111"))
        .outcome(ItemOutcome.DECIDED)
        .addResolution(Resolution.builder()
            .preamble("RESOLVED that:")
            .addPart(ResolutionPart.builder()
                .label("1")
                .text("a sum of £176K be included in the latest Capital Programme for the upgrade of"
                    + " the Web content management system, as set out at section 3 of Report"
                    + " CSD16111, to be funded from capital receipts;")
                .effect(PartEffect.ALLOCATE_FUNDING)
                .addFundingAllocation(FundingAllocation.builder()
                    .purpose("upgrade of the Web content management system")
                    .amount(Amount.builder().money(gbp("176000")).basis(AmountBasis.ONE_OFF)
                        .asWritten("£176K").build())
                    .spendType(SpendType.CAPITAL)
                    .addFundingSource(FundingSource.of(FundingSourceKind.CAPITAL_RECEIPTS))
                    .build())
                .build())
            .addPart(ResolutionPart.builder()
                .label("2")
                .text("officers proceed to commission Jadu Ltd to upgrade the Web content management"
                    + " system as a negotiated single tender at an estimated cost of £53k;")
                .effect(PartEffect.AWARD_CONTRACT)
                .addContractAward(ContractAward.builder()
                    .subject("upgrade of the Web content management system")
                    .stage(ContractStage.DIRECT_AWARD)
                    .procurementMethod(ProcurementMethod.DIRECT)
                    .methodAsWritten("negotiated single tender")
                    .methodRationale("This was an upgrade to an existing licence which only Jadu"
                        + " could perform.")
                    .addSupplier(Body.of("Jadu Ltd", BodyKind.COMPANY))
                    .addValues(Amount.builder().money(gbp("53000"))
                        .qualifier(AmountQualifier.ESTIMATED).asWritten("£53k").build())
                    .build())
                .build())
            .build())
        .build();
  }

  private static Money gbp(String amount) {
    return Money.of(amount, "GBP");
  }

  /** Prints what the meeting decided, item by item. */
  public static void print(Meeting meeting, PrintStream out) {
    out.printf("%s, %s, %s%n",
        meeting.authority().map(Body::displayName).orElse("(authority not stated)"),
        meeting.body().map(Body::displayName).orElse("(body not stated)"),
        meeting.date().map(LocalDate::toString).orElse("(date not stated)"));
    for (AgendaItem item : meeting.agendaItems()) {
      out.printf("%nMinute %s: %s (%s)%n", item.minuteNumber().orElse("-"), item.title().orElse("(untitled item)"),
          item.outcome().map(Enum::name).orElse("no outcome recorded"));
      for (Resolution resolution : item.resolutions()) {
        for (ResolutionPart part : resolution.parts()) {
          out.printf("  (%s) %s%n", part.label().orElse(""), part.effect());
          part.fundingAllocations().forEach(f -> out.println("      funding " + describe(f)));
          part.contractAwards().forEach(c -> out.println("      contract " + describe(c)));
        }
      }
    }
    List<FundingAllocation> all = meeting.agendaItems().stream()
        .flatMap(i -> i.resolutions().stream())
        .flatMap(r -> parts(r.parts()))
        .flatMap(p -> p.fundingAllocations().stream())
        .toList();
    // One total per currency: sums in different currencies are never added (Money.plus would
    // throw) nor converted, so a meeting with a euro grant prints "EUR 1.00 + GBP 711500.00".
    Map<Currency, Money> totals = new TreeMap<>(Comparator.comparing(Currency::getCurrencyCode));
    all.forEach(f -> f.amount().ifPresent(a -> totals.merge(a.money().currency(), a.money(), Money::plus)));
    String total = totals.isEmpty() ? gbp("0").toString()
        : totals.values().stream().map(Money::toString).collect(Collectors.joining(" + "));
    out.printf("%nFunding decided: %d allocations, %s in headline amounts%n", all.size(), total);
  }

  private static Stream<ResolutionPart> parts(List<ResolutionPart> parts) {
    return parts.stream().flatMap(p -> Stream.concat(Stream.of(p), parts(p.parts())));
  }

  private static String describe(FundingAllocation f) {
    StringBuilder text = new StringBuilder(f.amount().map(a -> a.money().toString()).orElse("no sum stated"));
    f.amount().flatMap(Amount::financialYear).ifPresent(y -> text.append(" in ").append(y.label()));
    f.spendType().ifPresent(t -> text.append(", ").append(t.name().toLowerCase(java.util.Locale.ROOT)));
    f.fundingSources().forEach(s -> text.append(", from ").append(s.kind()));
    f.recharges().forEach(r ->
        text.append(", ").append(r.amount().money()).append(" recharged to ").append(r.to().displayName()));
    return text.toString();
  }

  private static String describe(ContractAward c) {
    return c.stage() + " to " + c.suppliers().stream().map(Body::displayName).toList()
        + c.procurementMethod().map(m -> " (" + m + ", \"" + c.methodAsWritten().orElse("") + "\")").orElse("")
        + c.values().stream().map(v -> ", " + v.qualifier() + " " + v.money()).collect(Collectors.joining());
  }
}
