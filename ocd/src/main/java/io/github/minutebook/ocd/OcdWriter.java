package io.github.minutebook.ocd;

import io.github.minutebook.exchange.ConversionNote;
import io.github.minutebook.exchange.Converted;
import io.github.minutebook.meeting.CouncilRecord;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes OCD objects to a stream as one JSON array, record by record, in constant memory: the
 * event and vote events of each record as it is {@linkplain #write written}, the end of the array
 * when the writer is {@linkplain #close closed}. Each object says what it is in {@code _type}
 * ({@code event}, {@code vote_event}). Made by {@link OcdExporter#writer}.
 *
 * <pre>{@code
 * try (OcdWriter writer = exporter.writer(Files.newOutputStream(path))) {
 *   for (CouncilRecord record : records) {
 *     writer.write(record).forEach(note -> log.info(note.toString()));
 *   }
 * }
 * }</pre>
 *
 * <p>Compact UTF-8 JSON, fields in a fixed order; the same records give the same bytes. A writer
 * belongs to one thread.
 */
public final class OcdWriter implements AutoCloseable {
  private static final JsonMapper MAPPER = JsonMapper.builder()
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .build();

  private final OcdExporter exporter;
  private final JsonGenerator generator;
  private long objects;
  private boolean closed;

  OcdWriter(OcdExporter exporter, OutputStream out) {
    this.exporter = exporter;
    this.generator = MAPPER.createGenerator(out, JsonEncoding.UTF8);
    generator.writeStartArray();
  }

  /**
   * Writes the objects of one record and gives the notes on them: what OCD could not carry and
   * what was left out, each with its Minutebook path.
   *
   * @throws IllegalStateException if the writer is closed
   * @throws tools.jackson.core.JacksonException if the stream cannot be written
   */
  public List<ConversionNote> write(CouncilRecord record) {
    Objects.requireNonNull(record, "record");
    if (closed) {
      throw new IllegalStateException("the writer is closed");
    }
    List<ConversionNote> notes = new ArrayList<>();
    for (Converted<ObjectNode> object : exporter.objects(record)) {
      if (object.value().isPresent()) {
        MAPPER.writeTree(generator, object.value().get());
        objects++;
      }
      notes.addAll(object.notes());
    }
    generator.flush();
    return notes;
  }

  /** How many objects have been written so far. */
  public long objectCount() {
    return objects;
  }

  /**
   * Ends the array with a line break and flushes it; the stream is not closed. Closing again does
   * nothing.
   *
   * @throws tools.jackson.core.JacksonException if the stream cannot be written
   */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    generator.writeEndArray();
    generator.writeRaw('\n');
    generator.close();
  }
}
