package io.github.minutebook.http;

import java.time.Duration;

/**
 * Waits for a while. {@link PoliteClient} waits only through its sleeper (rate limit and
 * back-off), so tests inject one that records the waits and advances a fake clock instead of
 * sleeping.
 */
@FunctionalInterface
public interface Sleeper {
  /** The sleeper that really sleeps ({@link Thread#sleep(long)}). */
  Sleeper SYSTEM = duration -> Thread.sleep(duration.toMillis());

  /**
   * Waits for {@code duration}.
   *
   * @param duration how long, never negative
   * @throws InterruptedException if the thread is interrupted while waiting
   */
  void sleep(Duration duration) throws InterruptedException;
}
