package io.github.minutebook.json;

import java.io.Closeable;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DatabindException;

/**
 * The one exception Minutebook's JSON decoding throws: what is wrong, and where.
 *
 * <p>{@link #line()} and {@link #column()} locate the problem in the text (from 1; 0 where the
 * problem is not in the text, such as bytes that are not UTF-8, where {@link #byteOffset()} says
 * where); {@link #pointer()} is the JSON Pointer (RFC 6901) of the value, such as {@code
 * /agendaItems/4/resolutions/0/parts/2}. {@link #problem()} is the sentence without the location.
 *
 * <p>Encoding throws it too, for a value of the model that the format cannot hold (a date of the
 * year 10000, a decimal of 65 digits, text with a lone surrogate): its {@link #pointer()} names the
 * value in the document being written, and its line and column are 0, since it is in no text.
 *
 * <p>It is a {@link DatabindException}, and so a {@link tools.jackson.core.JacksonException}: code
 * that reads Minutebook types through its own Jackson mapper with {@link MinutebookModule} catches
 * it as any other problem of mapping JSON to Java ({@code catch (DatabindException e)}), with
 * {@link #getLocation()} and {@link #getOriginalMessage()} where Jackson keeps them. Through a
 * mapper, JSON that is not well-formed (a missing comma) is still Jackson's own {@link
 * tools.jackson.core.exc.StreamReadException}; {@link MinutebookJson} turns those into this
 * exception too.
 */
public final class MinutebookJsonException extends DatabindException {
  private static final long serialVersionUID = 1L;

  private final String problem;
  private final String pointer;
  private final int line;
  private final int column;
  private final long byteOffset;

  /**
   * A problem at a location in the input.
   *
   * @param problem what is wrong, as a sentence
   * @param location where, or {@code null} if the problem is not at a place in the text
   * @param pointer the JSON Pointer of the value, {@code ""} for the root
   * @param cause the underlying exception, or {@code null}
   */
  public MinutebookJsonException(String problem, @Nullable TokenStreamLocation location, String pointer,
      @Nullable Throwable cause) {
    this(null, problem, location, pointer, cause);
  }

  /**
   * A problem that {@code processor}, the parser reading the input, met at a location in it, as
   * Jackson's own exceptions name theirs ({@link #processor()}).
   *
   * @param processor the parser, or {@code null}
   * @param problem what is wrong, as a sentence
   * @param location where, or {@code null} if the problem is not at a place in the text
   * @param pointer the JSON Pointer of the value, {@code ""} for the root
   * @param cause the underlying exception, or {@code null}
   */
  public MinutebookJsonException(@Nullable Closeable processor, String problem, @Nullable TokenStreamLocation location,
      String pointer, @Nullable Throwable cause) {
    super(processor, problem, location, cause);
    this.problem = problem;
    this.pointer = pointer;
    this.line = location == null ? 0 : Math.max(0, location.getLineNr());
    this.column = location == null ? 0 : Math.max(0, location.getColumnNr());
    this.byteOffset = location == null ? -1 : location.getByteOffset();
  }

  static MinutebookJsonException atByte(String problem, long byteOffset) {
    return new MinutebookJsonException(problem,
        new TokenStreamLocation(null, byteOffset, -1L, 0, 0), "", null);
  }

  /**
   * This problem located in the document it came from, {@code json} from {@code from}, whose text
   * starts at {@code start} (after a byte order mark): the column counted in characters (code
   * points) rather than the tokenizer's bytes, and the byte offset counted from {@code from}.
   */
  MinutebookJsonException locatedIn(byte[] json, int from, int start) {
    if (line == 0 || byteOffset < 0 || start + byteOffset > json.length) {
      return this;
    }
    int at = (int) (start + byteOffset);
    int lineStart = at;
    while (lineStart > start && json[lineStart - 1] != '\n' && json[lineStart - 1] != '\r') {
      lineStart--;
    }
    int characters = 0;
    for (int i = lineStart; i < at; i++) {
      if ((json[i] & 0xC0) != 0x80) { // not a continuation byte: the start of a character
        characters++;
      }
    }
    MinutebookJsonException located = new MinutebookJsonException(problem,
        new TokenStreamLocation(null, at - from, -1L, line, characters + 1), pointer, getCause());
    located.setStackTrace(getStackTrace());
    return located;
  }

  /** What is wrong, without the location. */
  public String problem() {
    return problem;
  }

  /** The JSON Pointer of the offending value ({@code ""} for the document itself). */
  public String pointer() {
    return pointer;
  }

  /** The line, from 1; 0 when unknown. */
  public int line() {
    return line;
  }

  /** The column, from 1; 0 when unknown. */
  public int column() {
    return column;
  }

  /** The offset in bytes, from 0; -1 when unknown. */
  public long byteOffset() {
    return byteOffset;
  }

  /** The pointer as a {@link JsonPointer}. */
  public JsonPointer jsonPointer() {
    return JsonPointer.compile(pointer);
  }

  @Override
  public String getMessage() {
    StringBuilder text = new StringBuilder(problem);
    if (line > 0) {
      text.append(" (line ").append(line).append(", column ").append(column);
    } else if (byteOffset >= 0) {
      text.append(" (byte ").append(byteOffset);
    } else {
      text.append(" (");
    }
    text.append(pointer.isEmpty() ? ", at the root)" : ", at " + pointer + ")");
    return text.toString().replace("(, ", "(");
  }

  @Override
  public String getOriginalMessage() {
    return problem;
  }
}
