package io.github.minutebook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a message echoes from the data is shortened in human output: a value it quotes to 200
 * characters, the whole message to 2,000, each cut marked with "…". The JSON report keeps the
 * message whole.
 */
class EchoedValuesTest {
  private static final String MEBIBYTE = "x".repeat(1 << 20);

  private static final String ECHO = "record 1: ERROR json.unreadable at /status: \"" + "x".repeat(200)
      + "…\" is not one of [scheduled, confirmed, held, adjourned, postponed, cancelled]";

  private static byte[] meetingWithStatus(String status) {
    return ("{\"minutebook\":\"3.0\",\"type\":\"meeting\",\"status\":\"" + status + "\"}\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aBadCodeOfAMebibyteIsEchoedAsItsFirst200Characters() {
    Cli.Result result = Cli.runWithInput(meetingWithStatus(MEBIBYTE), "validate", "-");

    assertEquals(1, result.exitCode());
    assertEquals(ECHO, result.outLines().get(0).replaceFirst("^<stdin>:1:\\d+: ", ""));
  }

  @Test
  void summarizeShortensItToo() {
    Cli.Result result = Cli.runWithInput(meetingWithStatus(MEBIBYTE), "summarize", "-");

    assertEquals(1, result.exitCode());
    assertEquals(1, result.errLines().size(), result.err());
    assertEquals(ECHO, result.errLines().get(0).replaceFirst("^<stdin>:1:\\d+: ", ""));
  }

  @Test
  void theJsonReportHasTheDecodersMessageAsItIs() {
    // the decoder quotes at most 200 characters of a bad value; the JSON report passes its message on unchanged
    Cli.Result result = Cli.runWithInput(meetingWithStatus(MEBIBYTE), "validate", "--format", "json", "-");

    JsonNode finding = JsonMapper.builder().build().readTree(result.out()).get("files").get(0).get("findings").get(0);
    assertEquals("\"" + MEBIBYTE.substring(0, 200) + "…\" is not one of [scheduled, confirmed, held, adjourned, postponed, "
        + "cancelled]", finding.get("message").asString());
  }

  @Test
  void eachQuotedValueIsCutAndTheWholeMessageTooWhenAQuoteInTheValueHidesItsEnd() {
    String twoValues = "\"" + "a".repeat(300) + "\" is \"" + "b".repeat(300) + "\" where Meeting needs \"3.0\"";
    assertEquals("\"" + "a".repeat(200) + "…\" is \"" + "b".repeat(200) + "…\" where Meeting needs \"3.0\"",
        TerminalText.message(twoValues));

    String quoteInside = "\"a\"" + "c".repeat(5000) + "\" is not one of [held]";
    String shown = TerminalText.message(quoteInside);
    assertEquals(TerminalText.MESSAGE_WIDTH + 1, shown.length(), shown);
    assertTrue(shown.endsWith("…"), shown);
  }

  @Test
  void shortMessagesAreLeftAsTheyAre() {
    String message = "unknown property \"colour\" in Body; expected one of [type, id, name]";
    assertTrue(message == TerminalText.message(message));
  }
}
