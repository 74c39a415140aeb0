package io.github.minutebook.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
    MeetingValidator.defaults().rules().forEach(r -> rules.put(r.code(), r.severity().name()));
    for (var rule : new Rule<?>[] {MeetingValidator.RULE_FAILED, MeetingValidator.NULL_VALUE, MeetingValidator.TOO_DEEP}) {
      rules.put(rule.code(), rule.severity().name());
    }
    assertEquals(rules, documented);
  }
}
