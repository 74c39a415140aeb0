package io.github.minutebook.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/** Finds the inputs named on the command line, and opens them with their format. */
final class Inputs {
  /** The name standard input is reported under. */
  static final String STDIN_NAME = "<stdin>";

  /**
   * The largest single document read whole: the limit of {@code MinutebookJson.standard()}.
   * Larger {@code .json} documents are reported without being read.
   */
  static final long MAX_DOCUMENT_BYTES = 64L * 1024 * 1024;

  private Inputs() {}

  /** How the name of a file decides its format. */
  enum Kind {
    /** {@code .json}: one document, or an array when it starts with {@code [}. */
    JSON,
    /** {@code .ndjson} or {@code .jsonl}: one document a line. */
    NDJSON,
    /** Named explicitly with another extension, or standard input: an array if it starts with {@code [}, else NDJSON. */
    SNIFFED
  }

  /** What a command-line argument gave: an input to read, or why there is none. */
  sealed interface Source permits Input, Unreadable {
    /** The name reported for it. */
    String name();
  }

  /**
   * One input: a file or standard input.
   *
   * @param name the name reported: the path as given, or {@value #STDIN_NAME}
   * @param path the file, or {@code null} for standard input
   * @param kind how its name decides its format
   */
  record Input(String name, @Nullable Path path, Kind kind) implements Source {}

  /**
   * An argument that names nothing readable.
   *
   * @param name the argument
   * @param problem why it cannot be read
   */
  record Unreadable(String name, String problem) implements Source {}

  /**
   * The inputs the arguments name, in order: files as given, folders searched recursively for
   * {@code *.json}, {@code *.ndjson} and {@code *.jsonl} files (in path order), {@code -} for
   * standard input.
   *
   * <p>In a folder, links are followed, to files and to folders; a folder reached twice (a link
   * back to a folder that holds it, or two links to one folder) is read once, and a note says so.
   * Nothing is skipped without a word: an entry that cannot be read, a broken link with one of
   * our extensions and a special file (a pipe, a device) with one are inputs that cannot be read;
   * a broken link with another name, which might have been a folder, is a note.
   *
   * @param arguments the command line's paths
   * @param notes receives notes that are not errors, such as a folder with no matching files
   */
  static List<Source> expand(List<String> arguments, List<String> notes) {
    return expand(arguments, notes, MINUTEBOOK_EXTENSIONS);
  }

  /** The extensions of the files a folder is searched for by default: the Minutebook format's. */
  static final List<String> MINUTEBOOK_EXTENSIONS = List.of("json", "ndjson", "jsonl");

  /**
   * As {@link #expand(List, List)}, searching folders for the files with other extensions, such as
   * a system's saved responses ({@code xml} and {@code html} for ModernGov).
   *
   * @param arguments the command line's paths
   * @param notes receives notes that are not errors
   * @param extensions the extensions, without the dot, of the files a folder is searched for
   */
  static List<Source> expand(List<String> arguments, List<String> notes, List<String> extensions) {
    List<Source> sources = new ArrayList<>();
    for (String argument : arguments) {
      if (argument.equals("-")) {
        sources.add(new Input(STDIN_NAME, null, Kind.SNIFFED));
        continue;
      }
      if (argument.isEmpty()) {
        // Path.of("") is the current folder: an empty argument (an unset variable) must not mean it
        sources.add(new Unreadable("\"\"", "an empty path names nothing (the current folder is .)"));
        continue;
      }
      Path path;
      try {
        path = Path.of(argument);
      } catch (RuntimeException e) {
        sources.add(new Unreadable(argument, "not a valid path"));
        continue;
      }
      if (Files.isDirectory(path)) {
        int before = sources.size();
        walk(path, sources, notes, extensions);
        if (sources.size() == before) {
          notes.add("no " + patterns(extensions) + " files in " + argument);
        }
      } else if (Files.isRegularFile(path)) {
        sources.add(new Input(path.toString(), path, Objects.requireNonNullElse(kindOf(path), Kind.SNIFFED)));
      } else if (Files.exists(path, LinkOption.NOFOLLOW_LINKS) && !Files.exists(path)) {
        sources.add(new Unreadable(argument, brokenLink(path)));
      } else if (Files.exists(path)) {
        sources.add(new Unreadable(argument, "not a file or a folder"));
      } else {
        sources.add(new Unreadable(argument, "no such file or folder"));
      }
    }
    return sources;
  }

  private static void walk(Path folder, List<Source> sources, List<String> notes, List<String> extensions) {
    List<Source> found = new ArrayList<>();
    List<String> walkNotes = new ArrayList<>();
    Set<Object> folders = new HashSet<>();
    try {
      Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
          // two links to one folder would read it twice, and links in a chain of folders each
          // linking twice to the next would read the last one 2^n times: each folder is read once
          Object key = attributes.fileKey();
          if (!folders.add(key != null ? key : realPath(dir))) {
            walkNotes.add(dir + " leads to a folder already read under another name; it is read once");
            return FileVisitResult.SKIP_SUBTREE;
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
          Kind kind = wanted(file, extensions) ? Objects.requireNonNullElse(kindOf(file), Kind.SNIFFED) : null;
          if (attributes.isSymbolicLink()) {
            // links are followed: the walk gives a link's own attributes only when its target cannot be read
            if (kind != null) {
              found.add(new Unreadable(file.toString(), brokenLink(file)));
            } else {
              walkNotes.add("skipped " + file + ": " + brokenLink(file));
            }
          } else if (kind != null) {
            found.add(attributes.isRegularFile() ? new Input(file.toString(), file, kind)
                : new Unreadable(file.toString(), "not a regular file (a pipe, a device or a socket)"));
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          if (e instanceof FileSystemLoopException) {
            walkNotes.add(file + " is a link to a folder that holds it; it is read once");
          } else {
            found.add(new Unreadable(file.toString(), describe(e)));
          }
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      found.add(new Unreadable(folder.toString(), describe(e)));
    }
    found.sort(Comparator.comparing(Source::name));
    sources.addAll(found);
    notes.addAll(walkNotes);
  }

  private static Object realPath(Path dir) {
    try {
      return dir.toRealPath();
    } catch (IOException e) {
      return dir.toAbsolutePath().normalize();
    }
  }

  /** Why a link cannot be read: its target is missing, or cannot be reached. */
  private static String brokenLink(Path link) {
    String target;
    try {
      target = " to " + Files.readSymbolicLink(link);
    } catch (IOException | RuntimeException e) {
      target = "";
    }
    return Files.notExists(link) ? "a broken link" + target + " (no such file or folder)"
        : "a link" + target + " that cannot be followed";
  }

  /** The extensions as file patterns in a sentence: {@code *.json, *.ndjson or *.jsonl}. */
  static String patterns(List<String> extensions) {
    List<String> patterns = extensions.stream().map(extension -> "*." + extension).toList();
    return patterns.size() == 1 ? patterns.get(0)
        : String.join(", ", patterns.subList(0, patterns.size() - 1)) + " or " + patterns.get(patterns.size() - 1);
  }

  /** Whether a file's name ends in one of the extensions. */
  private static boolean wanted(Path file, List<String> extensions) {
    Path fileName = file.getFileName();
    String name = fileName == null ? "" : fileName.toString().toLowerCase(Locale.ROOT);
    return extensions.stream().anyMatch(extension -> name.endsWith("." + extension));
  }

  /** The kind a file's extension gives, or null when it has none of ours. */
  static @Nullable Kind kindOf(Path file) {
    Path fileName = file.getFileName();
    String name = fileName == null ? "" : fileName.toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".json")) {
      return Kind.JSON;
    }
    if (name.endsWith(".ndjson") || name.endsWith(".jsonl")) {
      return Kind.NDJSON;
    }
    return null;
  }

  /** A sentence for an I/O problem, without a stack trace. */
  static String describe(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or folder";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    String message = e.getMessage();
    return message == null ? e.getClass().getSimpleName() : message;
  }

  /**
   * An input, open, with its format found.
   *
   * @param stream the whole input, from its first byte
   * @param format how it holds its documents
   * @param firstLine the line of its first non-blank byte, from 1
   * @param size its size in bytes, or -1 for standard input
   */
  record Opened(InputStream stream, InputFormat format, long firstLine, long size) implements AutoCloseable {
    @Override
    public void close() throws IOException {
      stream.close();
    }
  }

  /**
   * Opens an input and looks at its first non-blank byte to find its format, keeping every byte
   * for the reader.
   *
   * @param input the input
   * @param stdin standard input
   * @param bytesRead counts the bytes read from the input, for progress
   */
  static Opened open(Input input, InputStream stdin, AtomicLong bytesRead) throws IOException {
    Path path = input.path();
    InputStream raw = path == null ? new NonClosing(stdin) : Files.newInputStream(path);
    long size = path == null ? -1 : Files.size(path);
    InputStream counted = new Counting(raw, bytesRead);
    try {
      Leading leading = Leading.read(counted);
      InputFormat format = switch (input.kind()) {
        case NDJSON -> InputFormat.NDJSON;
        case JSON -> leading.first == '[' ? InputFormat.ARRAY : InputFormat.DOCUMENT;
        case SNIFFED -> leading.first == '[' ? InputFormat.ARRAY : InputFormat.NDJSON;
      };
      InputStream whole = new SequenceInputStream(leading.replay(format), counted);
      return new Opened(whole, format, leading.lineBreaks(format) + 1, size);
    } catch (IOException | RuntimeException e) {
      counted.close();
      throw e;
    }
  }

  /**
   * The process's standard input, or, when the process was started with it closed, a stream that
   * says so. A process started with file descriptor 0 closed does not get an error on reading
   * it: the first file the Java launcher opens takes the number, and {@code -} read the runtime's
   * own {@code lib/modules}. On Linux, where the descriptor leads is known and checked; elsewhere
   * standard input is taken as it is.
   *
   * @param stdin {@code System.in}
   */
  static InputStream standardInput(InputStream stdin) {
    Path fd = Path.of("/proc/self/fd/0");
    try {
      if (Files.isSymbolicLink(fd) && isJavasOwnFile(Files.readSymbolicLink(fd).toString(),
          System.getProperty("java.home", ""), ownJar())) {
        return new ClosedInput();
      }
    } catch (IOException | RuntimeException e) {
      // cannot tell: read it as it is
    }
    return stdin;
  }

  /**
   * Whether a descriptor leading to {@code target} is one the virtual machine opened for itself
   * (a file of the runtime, this tool's jar, a random device), not anything a caller redirected.
   */
  static boolean isJavasOwnFile(String target, String javaHome, @Nullable String ownJar) {
    return (!javaHome.isEmpty() && target.startsWith(javaHome.endsWith("/") ? javaHome : javaHome + "/"))
        || target.equals(ownJar) || target.equals("/dev/random") || target.equals("/dev/urandom");
  }

  private static @Nullable String ownJar() {
    try {
      java.security.CodeSource source = Inputs.class.getProtectionDomain().getCodeSource();
      return source == null ? null : Path.of(source.getLocation().toURI()).toString();
    } catch (java.net.URISyntaxException | RuntimeException e) {
      return null;
    }
  }

  /** Standard input when the process was started with it closed: reading it fails and says so. */
  static final class ClosedInput extends InputStream {
    @Override
    public int read() throws IOException {
      throw new IOException("standard input is closed");
    }
  }

  /** Whether the bytes so far are (the start of) a UTF-8 byte order mark. */
  /**
   * The white space before an input's first byte, kept as counts so that any amount of it takes
   * constant memory, and replayed to the reader as line breaks and spaces that put the first byte
   * on the line and column where it stands.
   */
  private static final class Leading {
    private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** The bytes of a byte order mark read, 0 to 3. */
    private int markBytes;
    /** Line feeds: the line breaks of NDJSON. */
    private long lineFeeds;
    /** CR, LF and CR LF: the line breaks of the JSON parser. */
    private long breaks;
    private long sinceLineFeed;
    private long sinceBreak;
    /** Bytes of white space, the mark not included. */
    private long whiteSpace;
    /** The first byte that is not white space, or -1 at the end of the input. */
    private int first = -1;

    static Leading read(InputStream in) throws IOException {
      Leading leading = new Leading();
      boolean afterCarriageReturn = false;
      for (int b = in.read(); b >= 0; b = in.read()) {
        if (leading.markBytes < 3 && leading.whiteSpace == 0
            && b == (BYTE_ORDER_MARK[leading.markBytes] & 0xFF)) {
          leading.markBytes++;
          continue;
        }
        if (b == '\n' || b == '\r' || b == ' ' || b == '\t') {
          leading.whiteSpace++;
        }
        if (b == '\n') {
          leading.lineFeeds++;
          leading.sinceLineFeed = 0;
          if (!afterCarriageReturn) {
            leading.breaks++;
          }
          leading.sinceBreak = 0;
          afterCarriageReturn = false;
        } else if (b == '\r') {
          leading.breaks++;
          leading.sinceBreak = 0;
          leading.sinceLineFeed++;
          afterCarriageReturn = true;
        } else if (b == ' ' || b == '\t') {
          leading.sinceLineFeed++;
          leading.sinceBreak++;
          afterCarriageReturn = false;
        } else {
          leading.first = b;
          break;
        }
      }
      return leading;
    }

    long lineBreaks(InputFormat format) {
      return format == InputFormat.NDJSON ? lineFeeds : breaks;
    }

    /**
     * What the reader is given in place of the bytes read, as many bytes as were read: the mark
     * as read, a line feed for each line break, a space for each byte before the first on its
     * line, and the first byte; the bytes a line break took beyond one become spaces before the
     * last break, so that lines, columns and byte offsets all stay where they were. Made as it is
     * read, so that it takes no more memory than the counts.
     */
    InputStream replay(InputFormat format) {
      long lines = lineBreaks(format);
      long columns = format == InputFormat.NDJSON ? sinceLineFeed : sinceBreak;
      long padding = whiteSpace - lines - columns;
      // mark, lines - 1 line feeds, padding spaces, a line feed, columns spaces, the first byte
      long[] ends = new long[5];
      ends[0] = markBytes;
      ends[1] = ends[0] + Math.max(lines - 1, 0);
      ends[2] = ends[1] + padding;
      ends[3] = ends[2] + Math.min(lines, 1);
      ends[4] = ends[3] + columns;
      int last = first;
      return new InputStream() {
        private long position;

        @Override
        public int read() {
          long p = position;
          if (p >= ends[4]) {
            if (p > ends[4] || last < 0) {
              return -1;
            }
            position++;
            return last;
          }
          position++;
          if (p < ends[0]) {
            return BYTE_ORDER_MARK[(int) p] & 0xFF;
          }
          return p < ends[1] || (p >= ends[2] && p < ends[3]) ? '\n' : ' ';
        }
      };
    }
  }

  /** Reads at most {@code limit} bytes; the caller has checked the size. */
  static byte[] readDocument(InputStream in) throws IOException {
    return in.readNBytes((int) MAX_DOCUMENT_BYTES + 1);
  }

  /** Counts the bytes read, for the progress bar. */
  private static final class Counting extends FilterInputStream {
    private final AtomicLong count;

    Counting(InputStream in, AtomicLong count) {
      super(in);
      this.count = count;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count.incrementAndGet();
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count.addAndGet(n);
      }
      return n;
    }
  }

  /** Standard input, left open when the reader closes its stream. */
  private static final class NonClosing extends FilterInputStream {
    NonClosing(InputStream in) {
      super(in);
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      return in.read(b, off, len);
    }

    @Override
    public void close() {
      // standard input belongs to the caller
    }
  }
}
