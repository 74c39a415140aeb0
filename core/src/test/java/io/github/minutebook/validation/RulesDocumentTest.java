package io.github.minutebook.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/validation-rules.md documents exactly the rules the validator has, with their severities. */
class RulesDocumentTest {
  private static final Pattern ROW = Pattern.compile("^\\| `([a-z0-9.\\-]+)` \\| (ERROR|WARNING|INFO) \\|", Pattern.MULTILINE);

  @Test
  void documentsEveryRuleOnceWithItsSeverity() throws IOException {
    String doc = Files.readString(Path.of("../docs/validation-rules.md"), StandardCharsets.UTF_8);
    Map<String, String> documented = new TreeMap<>();
    Matcher m = ROW.matcher(doc);
    while (m.find()) {
      assertEquals(null, documented.put(m.group(1), m.group(2)), "documented twice: " + m.group(1));
    }
    Map<String, String> rules = new TreeMap<>();
    MeetingValidator.thorough().rules().forEach(r -> rules.put(r.code(), r.severity().name()));
    for (var rule : new Rule<?>[] {MeetingValidator.RULE_FAILED, MeetingValidator.NULL_VALUE, MeetingValidator.TOO_DEEP}) {
      rules.put(rule.code(), rule.severity().name());
    }
    assertEquals(rules, documented);
  }

  /** The rules the thorough profile adds are the ones documented under its heading, and no others. */
  @Test
  void documentsTheThoroughProfilesRulesUnderItsHeading() throws IOException {
    String doc = Files.readString(Path.of("../docs/validation-rules.md"), StandardCharsets.UTF_8);
    int start = doc.indexOf("\n## The thorough profile\n");
    assertTrue(start >= 0, "docs/validation-rules.md has no section \"The thorough profile\"");
    int end = doc.indexOf("\n## ", start + 1);
    Matcher m = ROW.matcher(doc.substring(start, end < 0 ? doc.length() : end));
    java.util.Set<String> documented = new java.util.TreeSet<>();
    while (m.find()) {
      documented.add(m.group(1));
    }
    assertEquals(new java.util.TreeSet<>(DefaultRules.THOROUGH_ONLY), documented);
  }
}
