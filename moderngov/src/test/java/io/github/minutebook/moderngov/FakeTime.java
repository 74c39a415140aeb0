package io.github.minutebook.moderngov;

import io.github.minutebook.http.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * A clock that only moves when the client sleeps, and records every sleep (the idea of the http
 * module's test clock, whose test classes are not visible here).
 */
final class FakeTime extends Clock implements Sleeper {
  private Instant now = Instant.parse("2026-12-05T12:00:00Z");
  final List<Duration> sleeps = new ArrayList<>();

  @Override
  public synchronized void sleep(Duration duration) {
    sleeps.add(duration);
    now = now.plus(duration);
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
