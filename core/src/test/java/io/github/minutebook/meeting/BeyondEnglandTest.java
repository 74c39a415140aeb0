package io.github.minutebook.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutebook.agenda.AgendaItem;
import io.github.minutebook.agenda.ItemKind;
import io.github.minutebook.agenda.ItemOutcome;
import io.github.minutebook.calendar.FinancialYear;
import io.github.minutebook.decision.NamedVote;
import io.github.minutebook.decision.PartEffect;
import io.github.minutebook.decision.Resolution;
import io.github.minutebook.decision.ResolutionPart;
import io.github.minutebook.decision.Vote;
import io.github.minutebook.decision.VoteOption;
import io.github.minutebook.decision.VoteResult;
import io.github.minutebook.funding.FundingAllocation;
import io.github.minutebook.funding.FundingStatus;
import io.github.minutebook.money.Amount;
import io.github.minutebook.money.AmountBasis;
import io.github.minutebook.money.Money;
import io.github.minutebook.party.Body;
import io.github.minutebook.party.BodyKind;
import io.github.minutebook.party.Person;
import io.github.minutebook.procurement.ContractAward;
import io.github.minutebook.procurement.ContractStage;
import io.github.minutebook.procurement.ProcurementMethod;
import io.github.minutebook.validation.MeetingValidator;
import io.github.minutebook.validation.ValidationReport;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Minutes from outside England fit the model with their own currency, year start, time zone and
 * vocabulary: a US city council's "BE IT RESOLVED", roll-call vote and fiscal year from 1 July in
 * dollars, and an Australian council's moved-and-seconded motion in Australian dollars. Nothing
 * here is sterling, April or Europe/London, and the default rules find nothing wrong with either.
 *
 * <p>The two meetings are written in the form such minutes take, not copied from particular
 * minutes: the five real seed minutes are all English.
 */
class BeyondEnglandTest {
  private static final MonthDay US_FISCAL_YEAR_START = MonthDay.of(Month.JULY, 1);
  private static final MonthDay AUSTRALIAN_FINANCIAL_YEAR_START = MonthDay.of(Month.JULY, 1);

  private static Person member(String name) {
    return Person.builder().honorific("Council Member").name(name).build();
  }

  /** A US city council adopting its budget by a resolution with recitals and a roll call. */
  private static Meeting cityCouncil() {
    Person mayor = Person.builder().honorific("Mayor").name("Dana Ruiz").build();
    List<Person> members = List.of(member("Alan Brooks"), member("Priya Shah"), member("Tom Kowalski"),
        member("Grace Liu"), member("Marcus Bell"), member("Elena Ortiz"));
    FinancialYear fy2026 = FinancialYear.parse("FY2026", US_FISCAL_YEAR_START);
    Meeting.Builder meeting = Meeting.builder()
        .id("springfield-council-2025-06-16")
        .authority(Body.of("City of Springfield", BodyKind.AUTHORITY))
        .body(Body.of("City Council", BodyKind.COUNCIL))
        .date(LocalDate.of(2025, 6, 16))
        .startTime(LocalTime.of(19, 0))
        .endTime(LocalTime.of(21, 10))
        .zone(ZoneId.of("America/Chicago"))
        .location("Council Chambers, City Hall")
        .status(MeetingStatus.HELD)
        .addAttendance(Attendance.of(mayor, AttendanceRole.CHAIR));
    members.forEach(m -> meeting.addAttendance(Attendance.of(m, AttendanceRole.MEMBER_PRESENT)));
    meeting.addAttendance(Attendance.of(member("Ruth Adler"), AttendanceRole.ABSENT))
        .addAttendance(Attendance.of(Person.ofPost("City Clerk"), AttendanceRole.OFFICER_IN_ATTENDANCE));

    Vote.Builder rollCall = Vote.builder()
        .putCount(VoteOption.YES, 5).putCount(VoteOption.NO, 1).result(VoteResult.CARRIED);
    for (int i = 0; i < members.size(); i++) {
      rollCall.addNamedVote(NamedVote.of(members.get(i), i == 3 ? VoteOption.NO : VoteOption.YES));
    }
    Resolution budget = Resolution.builder()
        .id("r25-112")
        .preamble("WHEREAS, the City Manager has submitted a proposed budget for the fiscal year beginning "
            + "July 1, 2025; NOW, THEREFORE, BE IT RESOLVED by the City Council of the City of Springfield:")
        .addPart(ResolutionPart.builder().label("1")
            .text("That the budget for Fiscal Year 2026 is adopted, appropriating $1,250,000 to street resurfacing.")
            .effect(PartEffect.ALLOCATE_FUNDING)
            .addFundingAllocation(FundingAllocation.builder()
                .id("fy26-streets")
                .purpose("street resurfacing")
                .amount(Amount.builder().money(Money.of("1250000", "USD")).basis(AmountBasis.IN_FINANCIAL_YEAR)
                    .financialYear(fy2026).asWritten("$1,250,000").build())
                .status(FundingStatus.APPROVED)
                .build())
            .build())
        .addPart(ResolutionPart.builder().label("2")
            .text("That the City Manager is authorized to award the resurfacing contract to the lowest "
                + "responsible bidder, Prairie Paving Co., for $987,400.")
            .effect(PartEffect.AWARD_CONTRACT)
            .addContractAward(ContractAward.builder()
                .id("c25-041")
                .subject("street resurfacing, FY2026 program")
                .stage(ContractStage.AWARD)
                .procurementMethod(ProcurementMethod.OPEN)
                .methodAsWritten("competitive sealed bids; lowest responsible bidder")
                .addSupplier(Body.of("Prairie Paving Co.", BodyKind.COMPANY))
                .addValues(Amount.of(Money.of("987400", "USD")))
                .build())
            .build())
        .movedBy(members.get(0))
        .secondedBy(members.get(1))
        .vote(rollCall.build())
        .build();
    return meeting.addAgendaItem(AgendaItem.builder()
            .id("i25-112")
            .minuteNumber("25-112")
            .title("Resolution Adopting the Fiscal Year 2026 Budget")
            .kind(ItemKind.REPORT_FOR_DECISION)
            .outcome(ItemOutcome.DECIDED)
            .addResolution(budget)
            .build())
        .build();
  }

  /** An Australian council carrying a motion, moved and seconded, to fund a grant program. */
  private static Meeting shireCouncil() {
    Person mayor = Person.builder().honorific("Cr").name("Helen Walsh").build();
    Person mover = Person.builder().honorific("Cr").name("Josh Nguyen").build();
    Person seconder = Person.builder().honorific("Cr").name("Kylie Barton").build();
    return Meeting.builder()
        .id("shire-ordinary-2024-08-27")
        .authority(Body.of("Shire of Coastal Plains", BodyKind.AUTHORITY))
        .body(Body.of("Ordinary Council Meeting", BodyKind.COUNCIL))
        .date(LocalDate.of(2024, 8, 27))
        .startTime(LocalTime.of(17, 30))
        .zone(ZoneId.of("Australia/Sydney"))
        .status(MeetingStatus.HELD)
        .addAttendance(Attendance.of(mayor, AttendanceRole.CHAIR))
        .addAttendance(Attendance.of(mover, AttendanceRole.MEMBER_PRESENT))
        .addAttendance(Attendance.of(seconder, AttendanceRole.MEMBER_PRESENT))
        .addAttendance(Attendance.of(Person.ofPost("Chief Executive Officer"), AttendanceRole.OFFICER_IN_ATTENDANCE))
        .addAgendaItem(AgendaItem.builder()
            .minuteNumber("12.3")
            .title("Community Grants Program 2024/25")
            .kind(ItemKind.REPORT_FOR_DECISION)
            .outcome(ItemOutcome.DECIDED)
            .addResolution(Resolution.builder()
                .preamble("That Council:")
                .addPart(ResolutionPart.builder().label("1")
                    .text("Allocates $85,000 from the 2024/25 budget to the Community Grants Program.")
                    .effect(PartEffect.ALLOCATE_FUNDING)
                    .addFundingAllocation(FundingAllocation.builder()
                        .purpose("Community Grants Program")
                        .amount(Amount.builder().money(Money.of("85000", "AUD")).basis(AmountBasis.IN_FINANCIAL_YEAR)
                            .financialYear(FinancialYear.parse("2024/25", AUSTRALIAN_FINANCIAL_YEAR_START))
                            .asWritten("$85,000").build())
                        .status(FundingStatus.APPROVED)
                        .build())
                    .build())
                .addPart(ResolutionPart.builder().label("2")
                    .text("Notes the assessment panel's report.")
                    .effect(PartEffect.NOTE)
                    .build())
                .movedBy(mover)
                .secondedBy(seconder)
                .vote(Vote.builder().unanimous(true).result(VoteResult.CARRIED).build())
                .build())
            .build())
        .build();
  }

  @Test
  void aUsFiscalYearRunsFromJulyAndIsNamedForTheYearItEnds() {
    FinancialYear fy2026 = FinancialYear.parse("FY2026", US_FISCAL_YEAR_START);
    assertEquals(LocalDate.of(2025, 7, 1), fy2026.startDate());
    assertEquals(LocalDate.of(2026, 6, 30), fy2026.endDate());
    assertFalse(fy2026.contains(LocalDate.of(2025, 6, 30)));
    assertTrue(fy2026.isConsecutive());
  }

  @Test
  void aCityCouncilResolutionKeepsItsRecitalsRollCallAndDollars() {
    Meeting meeting = cityCouncil();
    Resolution budget = meeting.agendaItems().get(0).resolutions().get(0);
    assertTrue(budget.preamble().orElseThrow().contains("BE IT RESOLVED"));
    assertEquals("Alan Brooks", budget.movedBy().orElseThrow().name().orElseThrow());
    assertEquals("Priya Shah", budget.secondedBy().orElseThrow().name().orElseThrow());

    Vote rollCall = budget.vote().orElseThrow();
    assertEquals(6, rollCall.namedVotes().size());
    assertEquals(1, rollCall.namedVotes().stream().filter(v -> v.option().orElse(null) == VoteOption.NO).count());
    assertEquals(VoteResult.CARRIED, rollCall.result().orElseThrow());

    Money appropriation = budget.parts().get(0).fundingAllocations().get(0).amount().orElseThrow().money();
    assertEquals(Currency.getInstance("USD"), appropriation.currency());
    assertEquals(new BigDecimal("1250000.00"), appropriation.amount()); // cents, as dollars have
    assertEquals(2025, budget.parts().get(0).fundingAllocations().get(0).amount().orElseThrow().financialYear().orElseThrow()
        .firstYear());
    ContractAward award = budget.parts().get(1).contractAwards().get(0);
    assertEquals(ProcurementMethod.OPEN, award.procurementMethod().orElseThrow());
    assertEquals("competitive sealed bids; lowest responsible bidder", award.methodAsWritten().orElseThrow());
    assertEquals(Optional.of(ZoneId.of("America/Chicago")), meeting.zone());
  }

  @Test
  void anAustralianMotionIsMovedSecondedAndCarriedInAustralianDollars() {
    Meeting meeting = shireCouncil();
    Resolution motion = meeting.agendaItems().get(0).resolutions().get(0);
    assertEquals("That Council:", motion.preamble().orElseThrow());
    assertTrue(motion.vote().orElseThrow().unanimous().orElseThrow());
    Amount grants = motion.parts().get(0).fundingAllocations().get(0).amount().orElseThrow();
    assertEquals(Currency.getInstance("AUD"), grants.money().currency());
    FinancialYear year = grants.financialYear().orElseThrow();
    assertEquals(LocalDate.of(2024, 7, 1), year.startDate());
    assertEquals("2024/25", year.label());
  }

  @Test
  void theDefaultRulesFindNothingWrongWithEither() {
    for (Meeting meeting : List.of(cityCouncil(), shireCouncil())) {
      ValidationReport report = MeetingValidator.defaults().validate(meeting);
      assertTrue(report.violations().isEmpty(), meeting.id() + ": " + report);
    }
  }
}
