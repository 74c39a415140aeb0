package io.github.minutebook.beam;

import io.github.minutebook.json.MinutebookJson;
import io.github.minutebook.json.MinutebookJsonException;
import io.github.minutebook.meeting.CouncilRecord;
import io.github.minutebook.meeting.DecisionRecord;
import io.github.minutebook.meeting.Meeting;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;
import org.apache.beam.sdk.coders.CustomCoder;
import org.apache.beam.sdk.coders.ByteArrayCoder;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.values.TypeDescriptor;

/**
 * The coder of a Minutebook document type ({@link Meeting}, {@link DecisionRecord} or either as a
 * {@link CouncilRecord}), built on the io-json codec: a value is its compact Minutebook JSON,
 * length-prefixed.
 *
 * <p>It is deterministic: the codec writes every field in a fixed order and lists in their order,
 * so equal documents encode to the same bytes, and documents can be keys and be grouped. Decoding
 * is the codec's strict reading, so what a coder gives back equals what it was given.
 *
 * @param <T> the document type
 */
public final class MinutebookCoder<T extends CouncilRecord> extends CustomCoder<T> {
  private static final long serialVersionUID = 1L;
  private static final MinutebookJson JSON = MinutebookJson.standard();

  private static final MinutebookCoder<CouncilRecord> RECORDS = new MinutebookCoder<>(CouncilRecord.class);
  private static final MinutebookCoder<Meeting> MEETINGS = new MinutebookCoder<>(Meeting.class);
  private static final MinutebookCoder<DecisionRecord> DECISION_RECORDS = new MinutebookCoder<>(DecisionRecord.class);

  private final Class<T> type;

  private MinutebookCoder(Class<T> type) {
    this.type = type;
  }

  /** The coder of documents of either type. */
  public static MinutebookCoder<CouncilRecord> records() {
    return RECORDS;
  }

  /** The coder of meetings. */
  public static MinutebookCoder<Meeting> meetings() {
    return MEETINGS;
  }

  /** The coder of decision records. */
  public static MinutebookCoder<DecisionRecord> decisionRecords() {
    return DECISION_RECORDS;
  }

  /** The coder of {@code type}, one of the three document types. */
  @SuppressWarnings("unchecked")
  public static <T extends CouncilRecord> MinutebookCoder<T> of(Class<T> type) {
    if (type == Meeting.class) {
      return (MinutebookCoder<T>) MEETINGS;
    } else if (type == DecisionRecord.class) {
      return (MinutebookCoder<T>) DECISION_RECORDS;
    } else if (type == CouncilRecord.class) {
      return (MinutebookCoder<T>) RECORDS;
    }
    throw new IllegalArgumentException("not a Minutebook document type: " + type.getName());
  }

  @Override
  public void encode(T value, OutputStream out) throws IOException {
    Objects.requireNonNull(value, "a Minutebook coder encodes documents, not null");
    byte[] json;
    try {
      json = JSON.encode(value);
    } catch (MinutebookJsonException e) {
      throw new CoderException("the document cannot be written as Minutebook JSON: " + e.getMessage(), e);
    }
    ByteArrayCoder.of().encode(json, out);
  }

  @Override
  public T decode(InputStream in) throws IOException {
    byte[] json = ByteArrayCoder.of().decode(in);
    try {
      return type.cast(JSON.decodeRecord(json));
    } catch (MinutebookJsonException | ClassCastException e) {
      throw new CoderException("not a " + type.getSimpleName() + " in Minutebook JSON: " + e.getMessage(), e);
    }
  }

  @Override
  public void verifyDeterministic() {}

  @Override
  public boolean consistentWithEquals() {
    return true;
  }

  @Override
  public TypeDescriptor<T> getEncodedTypeDescriptor() {
    return TypeDescriptor.of(type);
  }

  @Override
  public boolean equals(@org.jspecify.annotations.Nullable Object other) {
    return other instanceof MinutebookCoder<?> coder && coder.type == type;
  }

  @Override
  public int hashCode() {
    return type.hashCode();
  }

  @Override
  public String toString() {
    return "MinutebookCoder<" + type.getSimpleName() + ">";
  }

  private Object readResolve() {
    return of(type);
  }
}
