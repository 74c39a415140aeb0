package io.github.minutebook.cli;

import org.jspecify.annotations.Nullable;

/** Where a validation run writes what it finds, as it finds it, in input order. */
interface Report {
  /** An input was opened. */
  void fileStarted(String name, InputFormat format);

  /** A record of the current input was checked; called for every record, valid or not. */
  void record(String file, Event.Checked record);

  /** The current input was read to its end. */
  void fileFinished(String name, Tally tally);

  /**
   * An input could not be read.
   *
   * @param name its name
   * @param problem why
   * @param tally what was read of it before it failed, or {@code null} if it was never opened
   */
  void inputFailed(String name, String problem, @Nullable Tally tally);

  /** The run is over. */
  void finished(Summary summary);

  /**
   * The outcome of a run.
   *
   * @param files the inputs opened
   * @param unreadable the inputs that could not be read, whole or in part
   * @param total the counts over every input
   * @param maxErrors the {@code --max-errors} limit, or {@code null}
   * @param stopped whether reading stopped at that limit
   * @param exitCode the run's exit code
   */
  record Summary(long files, long unreadable, Tally total, @Nullable Integer maxErrors, boolean stopped,
      int exitCode) {}
}
