package io.github.minutebook.http.testing;

import io.github.minutebook.http.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * A clock that only moves when the client sleeps (or a test {@linkplain #advance advances} it),
 * and records every sleep, so that the tests of the polite client and of the importers built on it
 * check their waits without waiting. Shared through the http module's test jar.
 */
public final class FakeTime extends Clock implements Sleeper {
  private Instant now = Instant.parse("2026-12-05T12:00:00Z");
  private final List<Duration> sleeps = new ArrayList<>();

  @Override
  public synchronized void sleep(Duration duration) {
    sleeps.add(duration);
    now = now.plus(duration);
  }

  /** Moves the clock on by {@code d} without a sleep, as time spent elsewhere would. */
  public synchronized void advance(Duration d) {
    now = now.plus(d);
  }

  /** Every sleep so far, in order. */
  public synchronized List<Duration> sleeps() {
    return List.copyOf(sleeps);
  }

  @Override
  public synchronized Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }
}
