package io.github.minutebook.exchange;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One record converted between formats: the value made of it, or none when it could not be
 * converted, where the record was in its input, and the notes on what happened to it.
 *
 * <p>A converter gives one {@code Converted} for every record it meets, so that nothing is lost
 * without a word: a record it could not convert has no value and a {@link
 * ConversionNote.Kind#FAILED} note saying why, and the records after it are converted all the same.
 *
 * <pre>{@code
 * for (Converted<DecisionRecord> record : imported) {
 *   record.value().ifPresentOrElse(pipeline::accept,
 *       () -> System.err.println(record.source() + ": " + record.notes()));
 * }
 * }</pre>
 *
 * @param <T> what records are converted to
 */
public final class Converted<T> {
  private final String source;
  private final @Nullable T value;
  private final ImmutableList<ConversionNote> notes;

  private Converted(String source, @Nullable T value, List<ConversionNote> notes) {
    this.source = Objects.requireNonNull(source, "source");
    this.value = value;
    this.notes = ImmutableList.copyOf(notes);
  }

  /**
   * A record converted to {@code value}.
   *
   * @param source where the record was in its input, as {@link #source()} describes
   * @param value what it became
   * @param notes what happened on the way, in the order met
   */
  public static <T> Converted<T> of(String source, T value, List<ConversionNote> notes) {
    return new Converted<>(source, Objects.requireNonNull(value, "value"), notes);
  }

  /**
   * A record that could not be converted.
   *
   * @param source where the record was in its input
   * @param notes what happened, with at least one note of kind {@link ConversionNote.Kind#FAILED}
   * @throws IllegalArgumentException if no note says why it failed
   */
  public static <T> Converted<T> failed(String source, List<ConversionNote> notes) {
    checkArgument(notes.stream().anyMatch(n -> n.kind() == ConversionNote.Kind.FAILED),
        "a record that could not be converted needs a note of kind FAILED saying why");
    return new Converted<>(source, null, notes);
  }

  /**
   * Where the record was in its input, for people: the file and line or the position in a
   * package, and the record's own identifier where it has one ({@code releases[3] (ocid
   * ocds-b5fd17-57d308c3)}).
   */
  public String source() {
    return source;
  }

  /** What the record became; empty when it could not be converted. */
  public Optional<T> value() {
    return Optional.ofNullable(value);
  }

  /** Whether the record was converted. */
  public boolean isConverted() {
    return value != null;
  }

  /** What happened on the way, in the order met. */
  public List<ConversionNote> notes() {
    return notes;
  }

  /** The notes of one kind, in order. */
  public List<ConversionNote> notes(ConversionNote.Kind kind) {
    return notes.stream().filter(n -> n.kind() == kind).collect(ImmutableList.toImmutableList());
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Converted<?> that && source.equals(that.source) && Objects.equals(value, that.value)
        && notes.equals(that.notes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(source, value, notes);
  }

  @Override
  public String toString() {
    return source + ": " + (value == null ? "not converted" : "converted") + (notes.isEmpty() ? "" : " " + notes);
  }
}
