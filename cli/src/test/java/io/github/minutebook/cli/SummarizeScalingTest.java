package io.github.minutebook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutebook.agenda.AgendaItem;
import io.github.minutebook.decision.Motion;
import io.github.minutebook.decision.PartEffect;
import io.github.minutebook.decision.Resolution;
import io.github.minutebook.decision.ResolutionPart;
import io.github.minutebook.json.MinutebookJson;
import io.github.minutebook.meeting.Meeting;
import io.github.minutebook.party.Body;
import io.github.minutebook.party.BodyKind;
import io.github.minutebook.procurement.ContractAward;
import io.github.minutebook.procurement.ContractStage;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * {@code summarize} writes output in proportion to its input: at n and 10n of a shape built to
 * make it repeat something long, the output grows ten times, not a hundred. Bytes are counted,
 * not time.
 */
class SummarizeScalingTest {
  private static final MinutebookJson JSON = MinutebookJson.standard();

  /** How much larger 10n's output may be than n's: 10, and room for the fixed header. */
  private static final double MOST_GROWTH = 11;

  /** Output bytes for each input byte, at most. */
  private static final double MOST_AMPLIFICATION = 4;

  private static final int N = 200;

  private record Sizes(long in, long out) {}

  /** Summarises the meeting the shape builds for {@code n}, and counts the bytes in and out. */
  private static Sizes summarise(IntFunction<Meeting> shape, int n) {
    byte[] document = (JSON.encodeToString(shape.apply(n)) + "\n").getBytes(StandardCharsets.UTF_8);
    Cli.Result result = Cli.runWithInput(document, "summarize", "-");
    assertEquals(0, result.exitCode(), result.err());
    return new Sizes(document.length, result.out().getBytes(StandardCharsets.UTF_8).length);
  }

  private static void assertLinear(IntFunction<Meeting> shape) {
    Sizes small = summarise(shape, N);
    Sizes large = summarise(shape, 10 * N);

    double growth = (double) large.out() / small.out();
    assertTrue(growth <= MOST_GROWTH, "output grew " + growth + " times from n to 10n: " + small + " -> " + large);
    assertTrue(large.out() <= MOST_AMPLIFICATION * large.in(), "output " + large.out() + " bytes for " + large.in()
        + " bytes in");
  }

  /** A minute number as long as the rest of the document. */
  private static String longNumber(int n) {
    return "9".repeat(100 * n);
  }

  private static Meeting.Builder meeting() {
    return Meeting.builder().authority(Body.of("Testshire County Council", BodyKind.AUTHORITY));
  }

  @Test
  void manyItemsAndOneLongMinuteNumberDoNotPadEveryLineToIt() {
    // a 1 MB document of this shape gave 2 GB of summary when every number was padded to the longest
    assertLinear(n -> {
      Meeting.Builder meeting = meeting().addAgendaItem(AgendaItem.builder().minuteNumber(longNumber(n)).title("LONG")
          .build());
      for (int i = 1; i <= n; i++) {
        meeting.addAgendaItem(AgendaItem.builder().minuteNumber(Integer.toString(i)).title("ITEM").build());
      }
      return meeting.build();
    });
  }

  @Test
  void anItemsNumberIsNotRepeatedWholeForEachOfItsMotions() {
    assertLinear(n -> {
      AgendaItem.Builder item = AgendaItem.builder().minuteNumber(longNumber(n)).title("MOTIONS");
      for (int i = 0; i < n; i++) {
        item.addMotions(Motion.builder().text("that the item be deferred").build());
      }
      return meeting().addAgendaItem(item.build()).build();
    });
  }

  @Test
  void anItemsNumberAndAPartsLabelAreNotRepeatedWholeForEachContract() {
    assertLinear(n -> {
      ResolutionPart.Builder part = ResolutionPart.builder().label("(" + "x".repeat(50 * n) + ")")
          .text("the contracts be awarded").effect(PartEffect.AWARD_CONTRACT);
      for (int i = 0; i < n; i++) {
        part.addContractAwards(ContractAward.builder().subject("cleaning").stage(ContractStage.AWARD)
            .addSuppliers(Body.of("Supplier " + i, BodyKind.COMPANY)).build());
      }
      return meeting().addAgendaItem(AgendaItem.builder().minuteNumber(longNumber(n)).title("CONTRACTS")
          .addResolution(Resolution.builder().addParts(part.build()).build()).build()).build();
    });
  }

  @Test
  void longNumbersOverflowTheirColumnAndShortOnesArePaddedToTwelveAtMost() {
    Meeting meeting = meeting()
        .addAgendaItem(AgendaItem.builder().minuteNumber("1").title("SHORT").build())
        .addAgendaItem(AgendaItem.builder().minuteNumber("2016/17-EX-0042-A").title("LONG").build())
        .build();

    List<String> lines = MeetingSummary.lines(meeting);

    assertTrue(lines.contains("  1             SHORT"), lines.toString());
    assertTrue(lines.contains("  2016/17-EX-0042-A  LONG"), lines.toString());
  }

  @Test
  void deeplyNestedPartsAreIndentedAtMostEightLevels() {
    ResolutionPart part = ResolutionPart.builder().label("(z)").text("deepest").effect(PartEffect.APPROVE).build();
    for (int depth = 0; depth < 30; depth++) {
      part = ResolutionPart.builder().label("(" + depth + ")").text("level").effect(PartEffect.APPROVE)
          .addParts(part).build();
    }
    Meeting meeting = meeting().addAgendaItem(AgendaItem.builder().minuteNumber("1").title("NESTED")
        .addResolution(Resolution.builder().addParts(part).build()).build()).build();

    List<String> lines = MeetingSummary.lines(meeting);

    String deepest = lines.stream().filter(line -> line.contains("deepest")).findFirst().orElseThrow();
    assertEquals(" ".repeat(4 + 2 * MeetingSummary.MAX_PART_DEPTH) + "(z) approve: deepest", deepest);
  }
}
