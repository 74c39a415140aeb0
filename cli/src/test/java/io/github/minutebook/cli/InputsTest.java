package io.github.minutebook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InputsTest {
  @TempDir
  Path dir;

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "a.json   | {}        | DOCUMENT | 1",
      "a.json   | '\n\n  [' | ARRAY    | 3",
      "a.json   | ''        | DOCUMENT | 1",
      "a.json   | nonsense  | DOCUMENT | 1",
      "a.JSON   | [         | ARRAY    | 1",
      "a.ndjson | [         | NDJSON   | 1",
      "a.jsonl  | {}        | NDJSON   | 1",
      "a.txt    | [         | ARRAY    | 1",
      "a.txt    | '\r\n{}'  | NDJSON   | 2"})
  void theFormatComesFromTheNameAndTheFirstNonBlankByte(String name, String text, InputFormat format, long line)
      throws IOException {
    Path file = Cli.write(dir.resolve(name), text.replace("\\n", "\n").replace("\\r", "\r"));
    Inputs.Input input = (Inputs.Input) Inputs.expand(List.of(file.toString()), new ArrayList<>()).get(0);
    AtomicLong read = new AtomicLong();

    try (Inputs.Opened opened = Inputs.open(input, InputStream.nullInputStream(), read)) {
      assertEquals(format, opened.format());
      assertEquals(line, opened.firstLine());
      String given = Files.readString(file);
      String replayed = new String(opened.stream().readAllBytes(), StandardCharsets.UTF_8);
      assertEquals(given.length(), replayed.length(), "every byte keeps its offset");
      assertEquals(given.strip(), replayed.strip());
      assertEquals(line - 1, replayed.chars().filter(c -> c == '\n').count() - given.strip().chars().filter(c -> c == '\n').count());
      assertEquals(Files.size(file), read.get());
    }
  }

  @Test
  void standardInputIsAnArrayOnlyWhenItStartsWithABracket() throws IOException {
    Inputs.Input stdin = (Inputs.Input) Inputs.expand(List.of("-"), new ArrayList<>()).get(0);
    assertEquals(Inputs.STDIN_NAME, stdin.name());

    try (Inputs.Opened array = Inputs.open(stdin, new ByteArrayInputStream(" [ ]".getBytes(StandardCharsets.UTF_8)),
        new AtomicLong())) {
      assertEquals(InputFormat.ARRAY, array.format());
      assertEquals(" [ ]", new String(array.stream().readAllBytes(), StandardCharsets.UTF_8));
    }
    try (Inputs.Opened document = Inputs.open(stdin,
        new ByteArrayInputStream("{\"minutebook\":\"3.0\",\"type\":\"meeting\"}".getBytes(StandardCharsets.UTF_8)), new AtomicLong())) {
      assertEquals(InputFormat.NDJSON, document.format());
    }
  }

  @Test
  void anyAmountOfLeadingWhiteSpaceIsLookedThroughInConstantMemory() throws IOException {
    long lines = 3_000_000;
    Path file = dir.resolve("far.json");
    try (var out = new java.io.BufferedOutputStream(Files.newOutputStream(file))) {
      for (long i = 0; i < lines; i++) {
        out.write(i % 2 == 0 ? "\r\n".getBytes(StandardCharsets.US_ASCII) : "\t\n".getBytes(StandardCharsets.US_ASCII));
      }
      out.write("  [1]".getBytes(StandardCharsets.US_ASCII));
    }
    Inputs.Input input = (Inputs.Input) Inputs.expand(List.of(file.toString()), new ArrayList<>()).get(0);

    try (Inputs.Opened opened = Inputs.open(input, InputStream.nullInputStream(), new AtomicLong())) {
      assertEquals(InputFormat.ARRAY, opened.format(), "the bracket past 7 MB of white space decides");
      assertEquals(lines + 1, opened.firstLine());
      InputStream replayed = opened.stream();
      assertEquals(Files.size(file) - 3, replayed.skip(Files.size(file) - 3));
      assertEquals("[1]", new String(replayed.readAllBytes(), StandardCharsets.US_ASCII));
    }
  }

  @Test
  void foldersAreSearchedForOurExtensionsOnlyInPathOrder() {
    Cli.write(dir.resolve("b/2.ndjson"), "");
    Cli.write(dir.resolve("b/1.json"), "");
    Cli.write(dir.resolve("a.jsonl"), "");
    Cli.write(dir.resolve("c.txt"), "");
    Cli.write(dir.resolve("b/notes.md"), "");
    List<String> notes = new ArrayList<>();

    List<Inputs.Source> sources = Inputs.expand(List.of(dir.toString(), dir.resolve("c.txt").toString(),
        dir.resolve("nope").toString()), notes);

    assertEquals(List.of(dir.resolve("a.jsonl").toString(), dir.resolve("b/1.json").toString(),
        dir.resolve("b/2.ndjson").toString(), dir.resolve("c.txt").toString(), dir.resolve("nope").toString()),
        sources.stream().map(Inputs.Source::name).toList());
    assertEquals(Inputs.Kind.SNIFFED, ((Inputs.Input) sources.get(3)).kind());
    assertInstanceOf(Inputs.Unreadable.class, sources.get(4));
    assertEquals(List.of(), notes);
  }
}
