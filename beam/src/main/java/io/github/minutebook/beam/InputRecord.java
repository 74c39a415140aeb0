package io.github.minutebook.beam;

import io.github.minutebook.meeting.CouncilRecord;
import io.github.minutebook.meeting.Meeting;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;
import java.util.Optional;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderException;
import org.jspecify.annotations.Nullable;

/**
 * One record read by {@link MinutebookIO#read(String)}: its {@link Origin}, and either the document
 * (a meeting or a decision record) or why it could not be read. Nothing read is dropped: a bad
 * record is an input record too, with its {@link Unreadable} problem.
 */
public final class InputRecord {
  private final Origin origin;
  /** Exactly one of record and unreadable is set. */
  private final @Nullable CouncilRecord record;
  private final @Nullable Unreadable unreadable;

  private InputRecord(Origin origin, @Nullable CouncilRecord record, @Nullable Unreadable unreadable) {
    this.origin = Objects.requireNonNull(origin, "origin");
    this.record = record;
    this.unreadable = unreadable;
  }

  /** A record that was read. */
  public static InputRecord read(Origin origin, CouncilRecord record) {
    return new InputRecord(origin, Objects.requireNonNull(record, "record"), null);
  }

  /** A record that could not be read; its origin is the problem's. */
  public static InputRecord unreadable(Unreadable problem) {
    return new InputRecord(problem.origin(), null, problem);
  }

  /** Where the record was read. */
  public Origin origin() {
    return origin;
  }

  /** The document, when the record could be read. */
  public Optional<CouncilRecord> record() {
    return Optional.ofNullable(record);
  }

  /** The meeting, when the record could be read and is a meeting; empty for a decision record. */
  public Optional<Meeting> meeting() {
    return record instanceof Meeting meeting ? Optional.of(meeting) : Optional.empty();
  }

  /** Why the record could not be read, when it could not. */
  public Optional<Unreadable> unreadable() {
    return Optional.ofNullable(unreadable);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof InputRecord that && origin.equals(that.origin) && Objects.equals(record, that.record)
        && Objects.equals(unreadable, that.unreadable);
  }

  @Override
  public int hashCode() {
    return Objects.hash(origin, record, unreadable);
  }

  @Override
  public String toString() {
    return unreadable != null ? unreadable.toString() : origin + ": " + (record instanceof Meeting ? "meeting" : "decision record");
  }

  /** The deterministic coder of input records. */
  public static Coder<InputRecord> coder() {
    return InputRecordCoder.INSTANCE;
  }

  /** A tag byte, 1 for a document and 0 for an unreadable record, then the one or the other. */
  static final class InputRecordCoder extends AtomicCoder<InputRecord> {
    private static final long serialVersionUID = 1L;
    static final InputRecordCoder INSTANCE = new InputRecordCoder();

    @Override
    public void encode(InputRecord value, OutputStream out) throws IOException {
      if (value.record != null) {
        out.write(1);
        Origin.coder().encode(value.origin, out);
        MinutebookCoder.records().encode(value.record, out);
      } else {
        out.write(0);
        Unreadable.coder().encode(Objects.requireNonNull(value.unreadable), out);
      }
    }

    @Override
    public InputRecord decode(InputStream in) throws IOException {
      int tag = in.read();
      if (tag == 1) {
        Origin origin = Origin.coder().decode(in);
        return read(origin, MinutebookCoder.records().decode(in));
      } else if (tag == 0) {
        return unreadable(Unreadable.coder().decode(in));
      }
      throw new CoderException("not an input record: tag " + tag);
    }

    @Override
    public void verifyDeterministic() {}

    @Override
    public boolean consistentWithEquals() {
      return true;
    }
  }
}
