package io.github.minutebook.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * UTF-8 bytes written to a {@link PrintWriter}, as characters: so that codecs that write bytes
 * can write to the command's standard output, which is a checked writer. A character split
 * across two writes is kept until it is whole. Closing flushes, and does not close the writer.
 */
final class WriterOutputStream extends OutputStream {
  private final PrintWriter out;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
  private final ByteBuffer pending = ByteBuffer.allocate(8192);
  private final CharBuffer chars = CharBuffer.allocate(8192);

  WriterOutputStream(PrintWriter out) {
    this.out = out;
  }

  @Override
  public void write(int b) {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] bytes, int offset, int length) {
    int from = offset;
    int end = offset + length;
    while (from < end) {
      int n = Math.min(pending.remaining(), end - from);
      pending.put(bytes, from, n);
      from += n;
      drain(false);
    }
  }

  private void drain(boolean endOfInput) {
    pending.flip();
    while (true) {
      var result = decoder.decode(pending, chars, endOfInput);
      chars.flip();
      out.append(chars);
      chars.clear();
      if (!result.isOverflow()) {
        break;
      }
    }
    pending.compact(); // a sequence cut short stays for the next write
  }

  @Override
  public void flush() {
    out.flush();
  }

  @Override
  public void close() {
    drain(true);
    out.flush();
  }
}
