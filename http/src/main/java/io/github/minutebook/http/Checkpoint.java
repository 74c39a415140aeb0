package io.github.minutebook.http;

import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A small persistent key→value state that lets a long import resume where it stopped: the last
 * page read, the ids of the meetings already imported. Thread-safe.
 *
 * <p>{@link #inFile(Path)} saves the whole state after every change: it writes {@code
 * NAME.tmp} beside the file and moves it over the file with {@code ATOMIC_MOVE}, so a killed import
 * leaves either the old or the new state, never half of one; a torn {@code .tmp} left by a crash
 * is ignored and overwritten.
 *
 * <p>File format: a {@link Properties} file in UTF-8, keys sorted, one {@code key=value} per line,
 * human readable and editable. The ids done are stored as keys {@code done.ID} with the value
 * {@code true}; other keys are the caller's.
 *
 * <pre>{@code
 * Checkpoint checkpoint = Checkpoint.inFile(Path.of("brent-import.checkpoint"));
 * int page = checkpoint.get("page").map(Integer::parseInt).orElse(1);
 * for (String id : meetingIds) {
 *   if (checkpoint.isDone(id)) continue;
 *   importMeeting(id);
 *   checkpoint.markDone(id);
 * }
 * }</pre>
 *
 * <p>Saving failures throw {@link UncheckedIOException}: the import cannot promise to resume, and
 * should stop rather than go on silently.
 */
public final class Checkpoint {
  private static final String DONE = "done.";

  private final @Nullable Path file;
  private final boolean remembers;
  private final TreeMap<String, String> state = new TreeMap<>();

  private Checkpoint(@Nullable Path file, boolean remembers) {
    this.file = file;
    this.remembers = remembers;
  }

  /**
   * A checkpoint saved in {@code file}, loaded from it if it exists.
   *
   * @param file the checkpoint file; its directory must exist
   * @return the checkpoint
   * @throws UncheckedIOException if an existing file cannot be read
   */
  public static Checkpoint inFile(Path file) {
    Checkpoint checkpoint = new Checkpoint(file, true);
    if (Files.exists(file)) {
      Properties loaded = new Properties();
      try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        loaded.load(in);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read the checkpoint " + file, e);
      }
      loaded.stringPropertyNames().forEach(k -> checkpoint.state.put(k, loaded.getProperty(k)));
    }
    return checkpoint;
  }

  /**
   * A checkpoint kept in memory only: resumes within one run, e.g. across retried pages.
   *
   * @return an empty checkpoint
   */
  public static Checkpoint inMemory() {
    return new Checkpoint(null, true);
  }

  /**
   * A checkpoint that remembers nothing: every import starts from the beginning.
   *
   * @return a checkpoint whose {@code get} is always empty and {@code isDone} always false
   */
  public static Checkpoint none() {
    return new Checkpoint(null, false);
  }

  /**
   * The value saved under {@code key}.
   *
   * @param key the key
   * @return the value, or empty if none was saved
   */
  public synchronized Optional<String> get(String key) {
    return Optional.ofNullable(state.get(key));
  }

  /**
   * Saves {@code value} under {@code key} (and the file, for {@link #inFile}).
   *
   * @param key the key
   * @param value the value
   */
  public synchronized void put(String key, String value) {
    if (remembers) {
      state.put(key, value);
      save();
    }
  }

  /**
   * Forgets {@code key}.
   *
   * @param key the key
   */
  public synchronized void remove(String key) {
    if (remembers && state.remove(key) != null) {
      save();
    }
  }

  /**
   * Records that the object with this id is done.
   *
   * @param id e.g. a meeting's id in the source system
   */
  public synchronized void markDone(String id) {
    put(DONE + id, "true");
  }

  /**
   * Whether the object with this id was marked done.
   *
   * @param id the id
   * @return true if {@link #markDone} was called for it, in this run or a saved one
   */
  public synchronized boolean isDone(String id) {
    return state.containsKey(DONE + id);
  }

  /**
   * The ids marked done, sorted.
   *
   * @return a snapshot of the ids
   */
  public synchronized Set<String> doneIds() {
    ImmutableSet.Builder<String> ids = ImmutableSet.builder();
    for (String key : state.keySet()) {
      if (key.startsWith(DONE)) {
        ids.add(key.substring(DONE.length()));
      }
    }
    return ids.build();
  }

  /**
   * Forgets everything (and saves the empty state), e.g. when an import finished.
   */
  public synchronized void clear() {
    if (remembers) {
      state.clear();
      save();
    }
  }

  private void save() {
    if (file == null) {
      return;
    }
    StringWriter text = new StringWriter();
    text.write("# Minutebook import checkpoint: key=value, done.ID=true for each id done\n");
    Properties one = new Properties();
    for (Map.Entry<String, String> entry : state.entrySet()) {
      one.clear();
      one.setProperty(entry.getKey(), entry.getValue());
      StringWriter line = new StringWriter();
      try {
        one.store(line, null);
      } catch (IOException impossible) {
        throw new UncheckedIOException(impossible);
      }
      // store() writes a date comment first; keep only the entry line.
      for (String l : line.toString().split("\\R")) {
        if (!l.startsWith("#") && !l.isEmpty()) {
          text.write(l);
          text.write('\n');
        }
      }
    }
    Path temp = file.resolveSibling(file.getFileName() + ".tmp");
    try {
      try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
        out.write(text.toString());
      }
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot save the checkpoint " + file, e);
    }
  }
}
