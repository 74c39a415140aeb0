package io.github.minutebook.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ContractsToOcdsTest {
  @Test
  void bromleysNineContractDecisionsGoOutAsReleasesAndComeBackAsNotices() throws Exception {
    byte[][] releases = new byte[1][];
    String out = Output.of(o -> releases[0] = ContractsToOcds.run(DataFilesTest.DATA.resolve(
        "bromley-executive-2016-09-14.json"), o));
    List<String> lines = out.lines().toList();

    assertTrue(lines.get(0).startsWith("Exported 9 releases; "), out);
    assertEquals(10, lines.size(), out);
    assertTrue(lines.stream().skip(1).allMatch(line -> line.startsWith("  ") && line.endsWith(" findings)")), out);
    assertTrue(new String(releases[0], java.nio.charset.StandardCharsets.UTF_8).startsWith("{\"uri\":"));
  }
}
