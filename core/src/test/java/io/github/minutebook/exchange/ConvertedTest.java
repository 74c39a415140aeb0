package io.github.minutebook.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutebook.exchange.ConversionNote.Kind;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConvertedTest {
  private static final ConversionNote ZERO = new ConversionNote(Kind.HANDLED, "ocds.zero-value",
      "/releases/0/tender/value", "a tender value of 0 read as no value given");
  private static final ConversionNote BROKEN = new ConversionNote(Kind.FAILED, "ocds.no-ocid", "/releases/1",
      "the release has no ocid");

  @Test
  void aConvertedRecordHasItsValueAndNotesInOrder() {
    Converted<String> converted = Converted.of("releases[0]", "award", List.of(ZERO));

    assertTrue(converted.isConverted());
    assertEquals(Optional.of("award"), converted.value());
    assertEquals(List.of(ZERO), converted.notes(Kind.HANDLED));
    assertEquals(List.of(), converted.notes(Kind.FAILED));
  }

  @Test
  void aRecordThatCouldNotBeConvertedSaysWhy() {
    Converted<String> failed = Converted.failed("releases[1]", List.of(BROKEN));

    assertFalse(failed.isConverted());
    assertEquals(Optional.empty(), failed.value());
    assertEquals("releases[1]: not converted [FAILED ocds.no-ocid at /releases/1: the release has no ocid]",
        failed.toString());
    assertThrows(IllegalArgumentException.class, () -> Converted.failed("releases[2]", List.of(ZERO)),
        "a failure without a reason would drop the record without a word");
  }

  @Test
  void aNoteNeedsACodeAndAMessage() {
    assertThrows(IllegalArgumentException.class, () -> new ConversionNote(Kind.HANDLED, " ", "", "m"));
    assertThrows(IllegalArgumentException.class, () -> new ConversionNote(Kind.HANDLED, "c", "", ""));
    assertEquals("LEFT_OUT 360giving.not-a-grant: a recharge is not a grant",
        new ConversionNote(Kind.LEFT_OUT, "360giving.not-a-grant", "", "a recharge is not a grant").toString());
  }
}
