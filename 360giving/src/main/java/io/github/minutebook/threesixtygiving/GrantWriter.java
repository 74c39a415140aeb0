package io.github.minutebook.threesixtygiving;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import io.github.minutebook.exchange.ConversionNote;
import io.github.minutebook.meeting.CouncilRecord;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the grants in council records as one 360Giving package, {@code {"grants": [...]}}, to an
 * output stream, one record at a time, in constant memory.
 *
 * <p>Each {@link io.github.minutebook.funding.FundingAllocation} that is a grant, approved, to a
 * named recipient, with an amount, becomes a grant; {@link #write} returns the notes on the
 * others, left out with their reason, and on the facts a grant cannot hold. Package
 * {@link io.github.minutebook.threesixtygiving} lists what maps where.
 *
 * <pre>{@code
 * try (GrantWriter writer = GrantWriter.builder("360G-bromley").build(out)) {
 *   for (CouncilRecord record : records) {
 *     writer.write(record).forEach(System.err::println);
 *   }
 * }
 * }</pre>
 *
 * <p>The same records give the same bytes: one grant a line, properties in the standard's order,
 * no date that the records or the caller do not state. Closing the writer ends the package; it does
 * not close the stream. A package with no grant ({@code {"grants":[]}}) is what the writer ends
 * with when no record had one, although the standard asks for at least one.
 */
public final class GrantWriter implements AutoCloseable {
  private static final JsonMapper MAPPER = JsonMapper.builder()
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .build();
  private static final byte[] START = "{\"grants\":[".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] END = "\n]}\n".getBytes(StandardCharsets.US_ASCII);

  private final GrantExport export;
  private final OutputStream out;
  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
  private long grants;
  private boolean closed;

  private GrantWriter(GrantExport export, OutputStream out) {
    this.export = export;
    this.out = out;
  }

  /**
   * A builder of writers whose grant ids start with {@code prefix}, the publisher's 360Giving
   * prefix ({@code "360G-bromley"}; a trailing hyphen is optional).
   *
   * @throws IllegalArgumentException if the prefix is blank or holds whitespace
   */
  public static Builder builder(String prefix) {
    return new Builder(prefix);
  }

  /**
   * Writes the grants of {@code record} and returns the notes on it: the allocations left out and
   * why, the facts not carried, the ids made up.
   *
   * @throws UncheckedIOException if the stream cannot be written
   * @throws IllegalStateException if the writer is closed
   */
  public List<ConversionNote> write(CouncilRecord record) {
    checkState(!closed, "the writer is closed");
    GrantExport.Result result = export.export(record);
    for (ObjectNode grant : result.grants()) {
      buffer.reset();
      if (grants == 0) {
        buffer.writeBytes(START);
      } else {
        buffer.write(',');
      }
      buffer.write('\n');
      MAPPER.writeValue(buffer, grant);
      try {
        buffer.writeTo(out);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      grants++;
    }
    return result.notes();
  }

  /** How many grants the writer has written. */
  public long grantCount() {
    return grants;
  }

  /**
   * Ends the package and flushes the stream, which stays open. Closing again does nothing.
   *
   * @throws UncheckedIOException if the stream cannot be written
   */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (grants == 0) {
      write(START);
    }
    write(END);
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void write(byte[] bytes) {
    try {
      out.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Builds a {@link GrantWriter}. */
  public static final class Builder {
    private final String prefix;
    private @Nullable OffsetDateTime dateModified;

    private Builder(String prefix) {
      checkArgument(!prefix.isBlank() && prefix.chars().noneMatch(Character::isWhitespace),
          "a 360Giving prefix such as 360G-bromley is needed, not \"%s\"", prefix);
      this.prefix = prefix.endsWith("-") ? prefix.substring(0, prefix.length() - 1) : prefix;
    }

    /**
     * The time to write as every grant's {@code dateModified}. Without it a grant has the
     * {@code provenance.modified} of its record, or no {@code dateModified}: the writer never
     * reads the clock itself.
     *
     * @throws IllegalArgumentException if RFC 3339 cannot write it (a year beyond 9999, an offset
     *     with seconds)
     */
    public Builder dateModified(OffsetDateTime dateModified) {
      checkArgument(Standard.dateTime(dateModified).isPresent(),
          "%s cannot be written as an RFC 3339 date-time", dateModified);
      this.dateModified = dateModified;
      return this;
    }

    /** A writer to {@code out}, which it does not close. */
    public GrantWriter build(OutputStream out) {
      return new GrantWriter(new GrantExport(prefix, dateModified), Objects.requireNonNull(out, "out"));
    }
  }
}
