package io.github.minutebook.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckpointTest {
  @TempDir Path dir;

  @Test
  void aNewCheckpointOnTheSameFileSeesTheStateAfterACrash() throws Exception {
    Path file = dir.resolve("import.checkpoint");
    Checkpoint first = Checkpoint.inFile(file);
    first.put("page", "4");
    first.markDone("meeting=12");
    first.markDone("m 13");
    // "crash": the first object is dropped without any close.

    Checkpoint again = Checkpoint.inFile(file);
    assertEquals(Optional.of("4"), again.get("page"));
    assertTrue(again.isDone("meeting=12"));
    assertFalse(again.isDone("14"));
    assertEquals(Set.of("m 13", "meeting=12"), again.doneIds());
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertTrue(text.contains("page=4\n"), text);
    assertTrue(text.contains("done.meeting\\=12=true\n"), text);
  }

  @Test
  void aTornTempFileDoesNotCorruptTheCheckpoint() throws Exception {
    Path file = dir.resolve("import.checkpoint");
    Checkpoint.inFile(file).put("page", "7");
    Files.writeString(dir.resolve("import.checkpoint.tmp"), "page=99\ndone.\\u00");

    Checkpoint again = Checkpoint.inFile(file);
    assertEquals(Optional.of("7"), again.get("page"));
    again.put("page", "8");
    assertEquals(Optional.of("8"), Checkpoint.inFile(file).get("page"));
  }

  @Test
  void inMemoryRemembersAndNoneForgets() {
    Checkpoint memory = Checkpoint.inMemory();
    memory.markDone("a");
    memory.put("k", "v");
    assertTrue(memory.isDone("a"));
    assertEquals(Optional.of("v"), memory.get("k"));
    memory.clear();
    assertFalse(memory.isDone("a"));

    Checkpoint none = Checkpoint.none();
    none.markDone("a");
    none.put("k", "v");
    assertFalse(none.isDone("a"));
    assertEquals(Optional.empty(), none.get("k"));
  }
}
