package io.github.minutebook.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.jspecify.annotations.Nullable;

/** A progress bar on standard error (me.tongfei.progressbar), started once a run has lasted a second. */
final class TerminalProgress implements Progress {
  private static final long DELAY_NANOS = 1_000_000_000L;

  private final String task;
  private final long total;
  private final String unit;
  private final long unitSize;
  private final String counted;
  private final long start = System.nanoTime();
  private @Nullable ProgressBar bar;

  /** A bar of bytes read, in MiB, with the records checked beside it. */
  TerminalProgress(long totalBytes) {
    this("Validating", totalBytes, " MiB", 1L << 20, " records");
  }

  /**
   * A bar of any steps.
   *
   * @param task the bar's name
   * @param total the steps there will be, or -1 when unknown
   * @param unit the steps' unit, with its leading space
   * @param unitSize the steps a unit holds
   * @param counted what the second number is, with its leading space
   */
  TerminalProgress(String task, long total, String unit, long unitSize, String counted) {
    this.task = task;
    this.total = total;
    this.unit = unit;
    this.unitSize = unitSize;
    this.counted = counted;
  }

  @Override
  public void update(long steps, long records) {
    if (bar == null) {
      if (System.nanoTime() - start < DELAY_NANOS) {
        return;
      }
      bar = new ProgressBarBuilder()
          .setTaskName(task)
          .setInitialMax(total > 0 ? total : -1)
          .setUnit(unit, unitSize)
          .showSpeed()
          .setUpdateIntervalMillis(500)
          .setConsumer(new ConsoleProgressBarConsumer(System.err))
          .clearDisplayOnFinish()
          .build();
    }
    bar.stepTo(steps);
    bar.setExtraMessage(" " + records + counted);
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
