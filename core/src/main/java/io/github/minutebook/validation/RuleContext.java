package io.github.minutebook.validation;

import io.github.minutebook.meeting.Meeting;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a rule sees besides the value it checks: where the value is, what encloses it, and where
 * to report.
 *
 * <p>One context serves one validation on one thread; rules must not keep it.
 */
public final class RuleContext {
  private final Object root;
  private final List<Object> ancestors = new ArrayList<>();
  /** The path as parallel stacks: a property name, and an index or -1 for a single value. */
  private String[] names = new String[32];
  private int[] indexes = new int[32];
  private int depth;
  private final List<Violation> violations = new ArrayList<>();
  private final Map<Object, Object> memo = new java.util.HashMap<>();
  private Rule<?> rule = MeetingValidator.RULE_FAILED;
  private Severity severity = Severity.ERROR;

  RuleContext(Object root) {
    this.root = root;
  }

  /** The path of the value being checked, from the root of what is validated. */
  public String path() {
    return render("");
  }

  /** The meeting being validated, when the root is a meeting. */
  public Optional<Meeting> meeting() {
    return root instanceof Meeting m ? Optional.of(m) : Optional.empty();
  }

  /**
   * The nearest value of {@code type} that encloses the value being checked (not the value
   * itself), such as the {@code Resolution} around a contract award.
   */
  public <A> Optional<A> nearest(Class<A> type) {
    for (int i = ancestors.size() - 2; i >= 0; i--) {
      Object candidate = ancestors.get(i);
      if (type.isInstance(candidate)) {
        return Optional.of(type.cast(candidate));
      }
    }
    return Optional.empty();
  }

  /**
   * Reports a problem at {@code relativePath} below the value being checked ({@code ""} for the
   * value itself, {@code "amount"}, {@code "parts[2].text"}).
   */
  public void report(String relativePath, String template) {
    report(relativePath, template, Map.of());
  }

  /** Reports a problem with one parameter; see {@link #report(String, String, Map)}. */
  public void report(String relativePath, String template, String name, Object value) {
    Map<String, Object> parameters = new LinkedHashMap<>();
    parameters.put(name, value);
    report(relativePath, template, parameters);
  }

  /** Reports a problem with two parameters; see {@link #report(String, String, Map)}. */
  public void report(String relativePath, String template, String name1, Object value1, String name2, Object value2) {
    Map<String, Object> parameters = new LinkedHashMap<>();
    parameters.put(name1, value1);
    parameters.put(name2, value2);
    report(relativePath, template, parameters);
  }

  /** Reports a problem with three parameters, kept in this order; see {@link #report(String, String, Map)}. */
  public void report(String relativePath, String template, String name1, Object value1, String name2, Object value2,
      String name3, Object value3) {
    Map<String, Object> parameters = new LinkedHashMap<>();
    parameters.put(name1, value1);
    parameters.put(name2, value2);
    parameters.put(name3, value3);
    report(relativePath, template, parameters);
  }

  /**
   * Reports a problem at {@code relativePath}, with a constant {@code template} whose {@code {name}}
   * placeholders are filled from {@code parameters}, under the current rule's code and severity.
   */
  public void report(String relativePath, String template, Map<String, ?> parameters) {
    Violation.Builder violation = Violation.builder()
        .path(render(relativePath))
        .code(rule.code())
        .severity(severity)
        .template(template);
    parameters.forEach((name, value) -> violation.putParameter(name, String.valueOf(value)));
    violations.add(violation.build());
  }

  /** A value computed once per validation, such as an index of the meeting's items. */
  @SuppressWarnings("unchecked")
  <V> V memo(Object key, java.util.function.Supplier<V> compute) {
    Object value = memo.get(key);
    if (value == null) {
      value = compute.get();
      memo.put(key, value);
    }
    return (V) value;
  }

  // --- used by the traversal ---

  void enter(String name, int index, Object value) {
    if (depth == names.length) {
      names = java.util.Arrays.copyOf(names, depth * 2);
      indexes = java.util.Arrays.copyOf(indexes, depth * 2);
    }
    names[depth] = name;
    indexes[depth] = index;
    depth++;
    ancestors.add(value);
  }

  void leave() {
    depth--;
    ancestors.remove(ancestors.size() - 1);
  }

  void using(Rule<?> rule, Severity severity) {
    this.rule = rule;
    this.severity = severity;
  }

  List<Violation> violations() {
    return violations;
  }

  private String render(String relativePath) {
    StringBuilder path = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      append(path, names[i]);
      if (indexes[i] >= 0) {
        path.append('[').append(indexes[i]).append(']');
      }
    }
    if (!relativePath.isEmpty()) {
      append(path, relativePath);
    }
    return path.toString();
  }

  private static void append(StringBuilder path, String segment) {
    if (segment.isEmpty()) {
      return;
    }
    if (path.length() > 0 && segment.charAt(0) != '[') {
      path.append('.');
    }
    path.append(segment);
  }
}
