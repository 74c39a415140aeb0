package io.github.minutebook.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.jspecify.annotations.Nullable;

/** A progress bar on standard error (me.tongfei.progressbar), started once a run has lasted a second. */
final class TerminalProgress implements Progress {
  private static final long DELAY_NANOS = 1_000_000_000L;

  private final long totalBytes;
  private final long start = System.nanoTime();
  private @Nullable ProgressBar bar;

  TerminalProgress(long totalBytes) {
    this.totalBytes = totalBytes;
  }

  @Override
  public void update(long bytes, long records) {
    if (bar == null) {
      if (System.nanoTime() - start < DELAY_NANOS) {
        return;
      }
      bar = new ProgressBarBuilder()
          .setTaskName("Validating")
          .setInitialMax(totalBytes > 0 ? totalBytes : -1)
          .setUnit(" MiB", 1L << 20)
          .showSpeed()
          .setUpdateIntervalMillis(500)
          .setConsumer(new ConsoleProgressBarConsumer(System.err))
          .clearDisplayOnFinish()
          .build();
    }
    bar.stepTo(bytes);
    bar.setExtraMessage(" " + records + " records");
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
