package io.github.minutebook.validation;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * One problem found in a document.
 *
 * <p>The {@link #path()} locates the offending value from the root of what was validated, such as
 * {@code agendaItems[4].resolutions[0].parts[2].fundingAllocations[0].amount}. The {@link #code()}
 * is stable across releases, for filtering. The {@link #template()} is a constant sentence with
 * {@code {name}} placeholders and the {@link #parameters()} hold the values; {@link #message()}
 * joins them. {@link #pointer()} gives the same place as a JSON Pointer into the JSON document. Values are never spliced into the template, so that messages can be translated,
 * grouped by template, and never confused by text inside the data.
 */
@Value.Immutable
public abstract class Violation implements WithViolation {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_]+)}");

  Violation() {}

  /** Where the problem is, from the root of the validated value; empty for the root itself. */
  public abstract String path();

  /**
   * The same place as an RFC 6901 JSON Pointer into the value's JSON document, to paste into a
   * JSON tool: {@code /agendaItems/4/resolutions/0/parts/2/fundingAllocations/0/amount} for the
   * path above, {@code /vote/counts/yes} for {@code vote.counts.yes}; empty for the root.
   */
  @Value.Lazy
  public String pointer() {
    String path = path();
    StringBuilder pointer = new StringBuilder(path.length() + 8);
    for (int i = 0, n = path.length(); i < n; i++) {
      char ch = path.charAt(i);
      switch (ch) {
        case '.', '[' -> pointer.append('/');
        case ']' -> { }
        case '~' -> pointer.append("~0");
        case '/' -> pointer.append("~1");
        default -> pointer.append(ch);
      }
    }
    if (!path.isEmpty() && path.charAt(0) != '[') {
      pointer.insert(0, '/');
    }
    return pointer.toString();
  }

  /** The rule's stable code, such as {@code funding.recharge-exceeds-amount}. */
  public abstract String code();

  /** How serious it is. */
  public abstract Severity severity();

  /** The message's constant sentence, with {@code {name}} placeholders for the parameters. */
  public abstract String template();

  /** The values behind the message, by placeholder name, in the order they were given. */
  public abstract Map<String, String> parameters();

  /** The message for a person: the template with its placeholders filled in. */
  @Value.Lazy
  public String message() {
    Matcher m = PLACEHOLDER.matcher(template());
    StringBuilder text = new StringBuilder();
    while (m.find()) {
      String value = parameters().get(m.group(1));
      m.appendReplacement(text, Matcher.quoteReplacement(value == null ? m.group() : value));
    }
    m.appendTail(text);
    return text.toString();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Violation}. */
  public static final class Builder extends ImmutableViolation.Builder {}

  /** The violation as one line: {@code ERROR funding.recharge-exceeds-amount at path: message}. */
  @Override
  public String toString() {
    return severity() + " " + code() + " at " + (path().isEmpty() ? "(root)" : path()) + ": " + message();
  }
}
