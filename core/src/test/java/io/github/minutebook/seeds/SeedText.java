package io.github.minutebook.seeds;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The text of a seed minute, for checking that fixtures quote the minutes exactly.
 *
 * <p>Comparison ignores what the copies add in layout only: runs of white space (including
 * non-breaking spaces) and the Markdown emphasis markers {@code *} the copies carry. Everything
 * else, punctuation and typographic quotes included, must match.
 */
public final class SeedText {
  private final String name;
  private final String normalised;

  private SeedText(String name, String text) {
    this.name = name;
    this.normalised = normalise(text);
  }

  /** Loads one of the seed files bundled as test resources, such as {@code "002_22e691cfc6090c02.txt"}. */
  public static SeedText load(String fileName) {
    try (InputStream in = SeedText.class.getResourceAsStream(fileName)) {
      Objects.requireNonNull(in, () -> "no seed resource " + fileName);
      return new SeedText(fileName, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether the minutes contain {@code fragment}, ignoring layout. */
  public boolean contains(String fragment) {
    return normalised.contains(normalise(fragment));
  }

  /** Asserts that the minutes contain {@code fragment}, ignoring layout. */
  public void assertQuotes(String fragment) {
    assertTrue(contains(fragment), () -> name + " does not contain: \"" + fragment + "\"");
  }

  static String normalise(String text) {
    return text.replace("*", "")
        .replace('\u00a0', ' ')
        .replaceAll("\\s+", " ")
        .trim();
  }
}
