package io.github.minutebook.json;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.minutebook.meeting.Meeting;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One record of a stream of documents: the meeting it holds, or why it could not be read.
 *
 * <p>{@link #number()} counts records from 1 (blank NDJSON lines are not records); {@link
 * #line()} is the line of the input on which the record starts, so that a report can point at
 * it.
 */
public final class MeetingRecord {
  private final long number;
  private final long line;
  /** Exactly one of meeting and error is set. */
  private final @Nullable Meeting meeting;
  private final @Nullable MinutebookJsonException error;

  private MeetingRecord(long number, long line, @Nullable Meeting meeting, @Nullable MinutebookJsonException error) {
    checkArgument(number > 0, "records are numbered from 1: %s", number);
    this.number = number;
    this.line = line;
    this.meeting = meeting;
    this.error = error;
  }

  static MeetingRecord of(long number, long line, Meeting meeting) {
    return new MeetingRecord(number, line, Objects.requireNonNull(meeting), null);
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

  /** The meeting, when the record could be read. */
  public Optional<Meeting> meeting() {
    return Optional.ofNullable(meeting);
  }

  /** Why the record could not be read, when it could not; its line and column are in the whole input. */
  public Optional<MinutebookJsonException> error() {
    return Optional.ofNullable(error);
  }

  /** Whether the record was read. */
  public boolean isRead() {
    return meeting != null;
  }

  /** The meeting, or the error thrown. */
  public Meeting meetingOrThrow() {
    if (meeting == null) {
      throw Objects.requireNonNull(error);
    }
    return meeting;
  }

  @Override
  public String toString() {
    return "record " + number + " (line " + line + "): " + (error == null ? "read" : error.getMessage());
  }
}
