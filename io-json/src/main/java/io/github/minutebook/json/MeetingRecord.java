package io.github.minutebook.json;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.minutebook.meeting.CouncilRecord;
import io.github.minutebook.meeting.Meeting;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One record of a stream of documents: the document it holds, a meeting or a decision record, or
 * why it could not be read.
 *
 * <p>{@link #number()} counts records from 1 (blank NDJSON lines are not records); {@link
 * #line()} is the line of the input on which the record starts, so that a report can point at
 * it.
 */
public final class MeetingRecord {
  private final long number;
  private final long line;
  /** Exactly one of record and error is set. */
  private final @Nullable CouncilRecord record;
  private final @Nullable MinutebookJsonException error;

  private MeetingRecord(long number, long line, @Nullable CouncilRecord record, @Nullable MinutebookJsonException error) {
    checkArgument(number > 0, "records are numbered from 1: %s", number);
    this.number = number;
    this.line = line;
    this.record = record;
    this.error = error;
  }

  static MeetingRecord of(long number, long line, CouncilRecord record) {
    return new MeetingRecord(number, line, Objects.requireNonNull(record), null);
  }

  static MeetingRecord failed(long number, long line, MinutebookJsonException error) {
    return new MeetingRecord(number, line, null, Objects.requireNonNull(error));
  }

  /** The record's number, from 1. */
  public long number() {
    return number;
  }

  /** The line of the input on which the record starts, from 1. */
  public long line() {
    return line;
  }

  /** The document, a meeting or a decision record, when the record could be read. */
  public Optional<CouncilRecord> record() {
    return Optional.ofNullable(record);
  }

  /** The meeting, when the record could be read and is a meeting; empty for a decision record. */
  public Optional<Meeting> meeting() {
    return record instanceof Meeting meeting ? Optional.of(meeting) : Optional.empty();
  }

  /** Why the record could not be read, when it could not; its line and column are in the whole input. */
  public Optional<MinutebookJsonException> error() {
    return Optional.ofNullable(error);
  }

  /** Whether the record was read. */
  public boolean isRead() {
    return record != null;
  }

  /** The document, or the error thrown. */
  public CouncilRecord recordOrThrow() {
    if (record == null) {
      throw Objects.requireNonNull(error);
    }
    return record;
  }

  /**
   * The meeting, or the error thrown; a decision record, which is read but is not a meeting, throws
   * a {@link MinutebookJsonException} that says so, at the record's line.
   */
  public Meeting meetingOrThrow() {
    CouncilRecord read = recordOrThrow();
    if (read instanceof Meeting meeting) {
      return meeting;
    }
    throw new MinutebookJsonException("record " + number + " is a decision record, not a meeting (read it with record())",
        new tools.jackson.core.TokenStreamLocation(null, -1, -1, (int) Math.min(Integer.MAX_VALUE, line), 0), "/type", null);
  }

  @Override
  public String toString() {
    return "record " + number + " (line " + line + "): " + (error == null ? "read" : error.getMessage());
  }
}
