package io.github.minutebook.beam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutebook.beam.MinutebookIO.Claim;
import io.github.minutebook.beam.MinutebookIO.Format;
import io.github.minutebook.beam.MinutebookIO.Span;
import io.github.minutebook.beam.MinutebookIO.SpanTracker;
import org.apache.beam.sdk.transforms.splittabledofn.SplitResult;
import org.junit.jupiter.api.Test;

class SpanTrackerTest {
  private static final Span WHOLE_FILE = new Span(0, Long.MAX_VALUE, 1, 1, Format.NDJSON, true);

  @Test
  void aCheckpointSplitsAfterTheLastRecordClaimedAndTheResidualKnowsItsLineAndNumber() {
    SpanTracker tracker = new SpanTracker(WHOLE_FILE, 100);
    assertTrue(tracker.tryClaim(new Claim(0, 60, 2, 2)));
    assertNull(tracker.trySplit(0), "not before 100 bytes");
    // a blank line (line 3) lies between the records
    assertTrue(tracker.tryClaim(new Claim(61, 150, 5, 3)));
    SplitResult<Span> split = tracker.trySplit(0);
    assertEquals(new Span(0, 150, 1, 1, Format.NDJSON, true), split.getPrimary());
    assertEquals(new Span(150, Long.MAX_VALUE, 5, 3, Format.NDJSON, true), split.getResidual());
    assertEquals(split.getPrimary(), tracker.currentRestriction());
    assertFalse(tracker.tryClaim(new Claim(150, 200, 6, 4)), "the next record is the residual's");
    tracker.checkDone();
  }

  @Test
  void onlyCheckpointsAreTakenAndNeverInArraysOrDocuments() {
    SpanTracker tracker = new SpanTracker(WHOLE_FILE, 0);
    assertTrue(tracker.tryClaim(new Claim(0, 60, 2, 2)));
    assertNull(tracker.trySplit(0.5), "a split inside the rest is not offered");
    SpanTracker array = new SpanTracker(new Span(0, Long.MAX_VALUE, 1, 1, Format.ARRAY, false), 0);
    assertTrue(array.tryClaim(new Claim(1, 2, 1, 2)));
    assertNull(array.trySplit(0));
  }

  @Test
  void aSpanIsDoneOnlyOnceItsEndIsReached() {
    SpanTracker tracker = new SpanTracker(WHOLE_FILE, 0);
    assertTrue(tracker.tryClaim(new Claim(0, 60, 2, 2)));
    assertThrows(IllegalStateException.class, tracker::checkDone);
    assertFalse(tracker.tryClaim(Claim.END));
    tracker.checkDone();
  }
}
