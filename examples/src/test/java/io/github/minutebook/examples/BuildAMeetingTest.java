package io.github.minutebook.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutebook.meeting.Meeting;
import io.github.minutebook.money.Money;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BuildAMeetingTest {
  @Test
  void printsEachDecisionWithItsMoneyAndContracts() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    BuildAMeeting.print(BuildAMeeting.meeting(), new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);

    assertTrue(out.startsWith("London Borough of Bromley, Executive, 2016-09-14"), out);
    assertTrue(out.contains("Minute 74: INTERMEDIATE CARE GATEWAY REVIEW (DECIDED)"), out);
    assertTrue(out.contains("funding GBP 535500.00 in 2017/18, revenue, GBP 150000.00 recharged to Better Care Fund"), out);
    assertTrue(out.contains("funding GBP 176000.00, capital, from CAPITAL_RECEIPTS"), out);
    assertTrue(out.contains("contract DIRECT_AWARD to [Jadu Ltd] (DIRECT, \"negotiated single tender\"), ESTIMATED GBP 53000.00"), out);
    assertTrue(out.endsWith("Funding decided: 2 allocations, GBP 711500.00 in headline amounts" + System.lineSeparator()), out);
  }

  @Test
  void totalsEachCurrencyApartInsteadOfThrowing() {
    Meeting meeting = BuildAMeeting.meeting();
    Meeting withEuros = meeting.withAgendaItems(HouseRule.replace(meeting.agendaItems(), 1,
        item -> item.withResolutions(HouseRule.replace(item.resolutions(), 0,
            r -> r.withParts(HouseRule.replace(r.parts(), 0,
                p -> p.withFundingAllocations(HouseRule.replace(p.fundingAllocations(), 0,
                    f -> f.withAmount(f.amount().orElseThrow().withMoney(Money.of("176000", "EUR")))))))))));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    BuildAMeeting.print(withEuros, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);

    assertTrue(out.endsWith("Funding decided: 2 allocations, EUR 176000.00 + GBP 535500.00 in headline amounts"
        + System.lineSeparator()), out);
  }

  @Test
  void buildsTwoMinutesOfTheMeeting() {
    assertEquals(2, BuildAMeeting.meeting().agendaItems().size());
  }
}
