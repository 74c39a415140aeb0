package io.github.minutebook.oparl;

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
 * Writes one OParl list page to a stream as records are given to it, one at a time, in constant
 * memory: {@code data} holds the objects of each record as it is {@linkplain #write written} (the
 * Meeting or Paper, then the Organizations, Persons and Consultations it refers to), and {@code
 * pagination} and {@code links} follow when the writer is {@linkplain #close closed}. Made by
 * {@link OparlExporter#writer}.
 *
 * <pre>{@code
 * try (OparlListWriter writer = exporter.writer(Files.newOutputStream(path))) {
 *   for (CouncilRecord record : records) {
 *     writer.write(record).forEach(note -> log.info(note.toString()));
 *   }
 * }
 * }</pre>
 *
 * <p>The page is compact UTF-8 JSON: {@code {"data":[…],"pagination":{"totalElements":n,
 * "elementsPerPage":n,"currentPage":1,"totalPages":1},"links":{}}}, one page holding every object.
 * An OParl server's lists hold one type each; this page mixes them, as a dump of what the records
 * hold ({@link OparlImport#read} reads its Meetings and Papers back and fails the other objects as
 * not records). The same records give the same bytes. A writer belongs to one thread.
 */
public final class OparlListWriter implements AutoCloseable {
  private static final JsonMapper MAPPER = JsonMapper.builder()
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .build();

  private final OparlExporter exporter;
  private final JsonGenerator generator;
  private long objects;
  private boolean closed;

  OparlListWriter(OparlExporter exporter, OutputStream out) {
    this.exporter = exporter;
    this.generator = MAPPER.createGenerator(out, JsonEncoding.UTF8);
    generator.writeStartObject();
    generator.writeArrayPropertyStart("data");
  }

  /**
   * Writes the objects of one record and gives the notes on them: what OParl could not carry and
   * what was left out, each with its Minutebook path.
   *
   * @throws IllegalStateException if the writer is closed
   * @throws tools.jackson.core.JacksonException if the stream cannot be written
   */
  public List<ConversionNote> write(CouncilRecord record) {
    Objects.requireNonNull(record, "record");
    if (closed) {
      throw new IllegalStateException("the list page is closed");
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
   * Ends the page with its pagination and links and a line break, and flushes it; the stream is
   * not closed. Closing again does nothing.
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
    generator.writeObjectPropertyStart("pagination");
    generator.writeNumberProperty("totalElements", objects);
    generator.writeNumberProperty("elementsPerPage", objects);
    generator.writeNumberProperty("currentPage", 1);
    generator.writeNumberProperty("totalPages", 1);
    generator.writeEndObject();
    generator.writeObjectPropertyStart("links");
    generator.writeEndObject();
    generator.writeEndObject();
    generator.writeRaw('\n');
    generator.close();
  }
}
