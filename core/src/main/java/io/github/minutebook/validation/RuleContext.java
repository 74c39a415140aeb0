package io.github.minutebook.validation;

import io.github.minutebook.internal.shape.CodeNames;
import io.github.minutebook.meeting.Meeting;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a rule sees besides the value it checks: where the value is, what encloses it, and where
 * to report.
 *
 * <p>One context serves one validation on one thread; rules must not keep it.
 */
public final class RuleContext {
  private final Object root;
  /** The walk's position as parallel stacks: the field, the index in it or -1, and the value. */
  private Field[] fields = new Field[32];
  private int[] indexes = new int[32];
  private Object[] values = new Object[32];
  private int depth;
  private final List<Violation> violations = new ArrayList<>();
  /**
   * Where each violation is, for putting them in document order; null until one needs it, and null
   * for the violations reported before then.
   */
  private @Nullable List<@Nullable Position> positions;
  private Object @Nullable [] memo;
  private static final int[] FIRST = new int[0];
  private Rule<?> rule = MeetingValidator.RULE_FAILED;
  private Severity severity = Severity.ERROR;
  /** The most violations listed; the others are counted in {@link #leftOut}. */
  private final int maxViolations;
  /** The violations found but not listed, by code, with the severity of the first. */
  private final Map<String, ValidationReport.LeftOut> leftOut = new java.util.TreeMap<>();

  RuleContext(Object root, int maxViolations) {
    this.root = root;
    this.maxViolations = maxViolations;
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
    // Most fields hold values of exactly one type of the model: comparing the field's type is
    // enough there, and quicker than asking each value; a field of a sealed interface (a party)
    // holds one of its kinds, which the value is asked.
    for (int i = depth - 2; i > 0; i--) {
      Field field = fields[i];
      if (field.type == type || field.ofInterface && type.isInstance(values[i])) {
        return Optional.of(type.cast(values[i]));
      }
    }
    // The root, a sealed interface itself, and supertypes or types outside the model are asked.
    if (depth >= 2 && (type.isInterface() || !Traversal.isModelType(type))) {
      for (int i = depth - 2; i >= 0; i--) {
        if (type.isInstance(values[i])) {
          return Optional.of(type.cast(values[i]));
        }
      }
    } else if (depth >= 2 && type.isInstance(values[0])) {
      return Optional.of(type.cast(values[0]));
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
    if (positions == null && violations.size() >= maxViolations) {
      // the list is full and, reported in order so far, whatever comes now comes after it in
      // document order: counted, not built
      countLeftOut(rule.code(), severity, 1);
      return;
    }
    Violation.Builder violation = Violation.builder()
        .path(render(relativePath))
        .code(rule.code())
        .severity(severity)
        .template(template);
    // a code-list value reads as the format writes it ("apologies", "direct-award"), not as a Java constant
    parameters.forEach((name, value) -> violation.putParameter(name,
        value instanceof Enum<?> code ? CodeNames.of(code) : String.valueOf(value)));
    // the walk's position is copied only once violations are being put in order: most reports
    // are at the value being checked or beside it, in order already
    Class<?> owner = positions == null && relativePath.isEmpty() ? Object.class
        : depth == 0 ? Object.class : Traversal.ownerOf(fields[depth - 1].type, values[depth - 1]);
    if (positions == null && Position.descends(owner, relativePath)) {
      // a violation below the value being checked, which the walk has yet to reach: from now on
      // the positions are kept, to sort by at the end
      positions = new ArrayList<>();
      for (int i = 0; i < violations.size(); i++) {
        positions.add(null);
      }
    }
    if (positions != null) {
      positions.add(new Position(Arrays.copyOf(fields, depth), Arrays.copyOf(indexes, depth), owner, relativePath));
    }
    violations.add(violation.build());
    if (positions != null && violations.size() >= 2L * maxViolations) {
      keepFirst(); // the first in document order among those found so far: the rest can never be listed
    }
  }

  private void countLeftOut(String code, Severity severity, long count) {
    leftOut.merge(code, new ValidationReport.LeftOut(code, severity, count),
        (a, b) -> new ValidationReport.LeftOut(code, a.severity(), a.count() + b.count()));
  }

  /**
   * The key of a value computed once per validation, such as an index of the meeting's items: a
   * slot of its own in every context, found without hashing, since some are asked for at every
   * sum of money.
   */
  @SuppressWarnings("UnusedTypeParameter") // V types the values memoFirst and memo keep under it
  static final class Memo<V> {
    private static final java.util.concurrent.atomic.AtomicInteger SLOTS = new java.util.concurrent.atomic.AtomicInteger();
    final int slot = SLOTS.getAndIncrement();
  }

  /** The value for {@code key}: the first {@code value} given for it in this validation. */
  @SuppressWarnings("unchecked")
  <V> V memoFirst(Memo<V> key, V value) {
    if (memo == null || key.slot >= memo.length) {
      memo = Arrays.copyOf(memo == null ? new Object[0] : memo, Math.max(8, key.slot + 1));
    }
    Object first = memo[key.slot];
    if (first == null) {
      memo[key.slot] = value;
      return value;
    }
    return (V) first;
  }

  /** The value for {@code key}, computed by {@code compute} the first time it is asked for. */
  @SuppressWarnings("unchecked")
  <V> V memo(Memo<V> key, java.util.function.Supplier<V> compute) {
    if (memo == null || key.slot >= memo.length) {
      memo = Arrays.copyOf(memo == null ? new Object[0] : memo, Math.max(8, key.slot + 1));
    }
    Object value = memo[key.slot];
    if (value == null) {
      value = compute.get();
      memo[key.slot] = value;
    }
    return (V) value;
  }

  // --- used by the traversal ---

  void enter(Field field, int index, Object value) {
    if (depth == fields.length) {
      fields = Arrays.copyOf(fields, depth * 2);
      indexes = Arrays.copyOf(indexes, depth * 2);
      values = Arrays.copyOf(values, depth * 2);
    }
    fields[depth] = field;
    indexes[depth] = index;
    values[depth] = value;
    depth++;
  }

  void leave() {
    depth--;
    values[depth] = null;
  }

  void using(Rule<?> rule, Severity severity) {
    this.rule = rule;
    this.severity = severity;
  }

  /**
   * The violations in document order, at most as many as the validator lists: a value's own
   * before those of the values inside it, and those inside it field by field in the order of its
   * accessors, list elements in order.
   */
  List<Violation> violations() {
    if (positions != null) {
      keepFirst();
    }
    return violations; // each was reported at or beside the value being walked: in order already
  }

  /** The violations found but not listed, by code. */
  List<ValidationReport.LeftOut> leftOut() {
    return List.copyOf(leftOut.values());
  }

  /** Puts the violations in document order, and counts those past the most listed as left out. */
  private void keepFirst() {
    List<@Nullable Position> at = java.util.Objects.requireNonNull(positions);
    List<Integer> order = new ArrayList<>(violations.size());
    List<int[]> keys = new ArrayList<>(violations.size());
    for (int i = 0; i < violations.size(); i++) {
      order.add(i);
      @Nullable Position position = at.get(i);
      // those reported before the first that descended were at values the walk had passed, so
      // they come first, in the order they came (the sort is stable)
      keys.add(position == null ? FIRST : position.key());
    }
    order.sort((a, b) -> Arrays.compare(keys.get(a), keys.get(b)));
    List<Violation> sorted = new ArrayList<>(Math.min(violations.size(), maxViolations));
    List<@Nullable Position> sortedPositions = new ArrayList<>(Math.min(violations.size(), maxViolations));
    for (int i = 0; i < order.size(); i++) {
      Violation violation = violations.get(order.get(i));
      if (i < maxViolations) {
        sorted.add(violation);
        sortedPositions.add(at.get(order.get(i)));
      } else {
        countLeftOut(violation.code(), violation.severity(), 1);
      }
    }
    violations.clear();
    violations.addAll(sorted);
    positions = sortedPositions;
  }

  private String render(String relativePath) {
    return render(fields, indexes, depth, relativePath);
  }

  private static String render(Field[] fields, int[] indexes, int depth, String relativePath) {
    StringBuilder path = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      append(path, fields[i].name);
      if (indexes[i] >= 0) {
        path.append('[').append(indexes[i]).append(']');
      }
    }
    if (!relativePath.isEmpty()) {
      append(path, relativePath);
    }
    return path.toString();
  }

  /** Where the walk is now, kept to be rendered as a path only if it is needed. */
  Place place() {
    return new Place(Arrays.copyOf(fields, depth), Arrays.copyOf(indexes, depth));
  }

  /** A place in the walk: the path of a value, unrendered. */
  static final class Place {
    private final Field[] fields;
    private final int[] indexes;

    private Place(Field[] fields, int[] indexes) {
      this.fields = fields;
      this.indexes = indexes;
    }

    /** The path, as {@link RuleContext#path()} gives it. */
    String path() {
      return render(fields, indexes, fields.length, "");
    }
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

  /** Where a violation is: the walk's position when it was reported, and the path below it. */
  // never compared, hashed or printed, so the arrays' identity equality does not matter
  @SuppressWarnings("ArrayRecordComponent")
  private record Position(Field[] fields, int[] indexes, Class<?> owner, String relativePath) {
    /** Whether the path goes into a value the walk descends into, rather than a property of this value. */
    static boolean descends(Class<?> owner, String relativePath) {
      if (relativePath.isEmpty()) {
        return false;
      }
      return Traversal.field(owner, name(relativePath, 0, segmentEnd(relativePath, 0))).isPresent();
    }

    /**
     * The position as a sort key: a (rank, index) pair for each value the walk descends into, then
     * -1 for the value reached: a problem with the value itself or with a property the walk does
     * not descend into (its title, its label, its dependsOnParts[1]). All problems at one value so
     * compare equal and keep the order they were reported in (the sort is stable), and they come
     * before those of the values inside it, whose next rank is 0 or more.
     */
    int[] key() {
      int[] key = new int[2 * (fields.length + 4)];
      int n = 0;
      for (int i = 1; i < fields.length; i++) { // the root has no rank
        key = room(key, n);
        key[n++] = fields[i].rank;
        key[n++] = indexes[i];
      }
      Class<?> type = owner;
      int at = 0;
      while (at < relativePath.length()) {
        int end = segmentEnd(relativePath, at);
        String name = name(relativePath, at, end);
        Optional<Field> field = name.isEmpty() ? Optional.empty() : Traversal.field(type, name);
        if (field.isEmpty()) {
          break; // a property of the value reached, or a path below one
        }
        key = room(key, n);
        key[n++] = field.get().rank;
        key[n++] = index(relativePath, at, end);
        type = field.get().type; // a sealed interface's fields are those of its kinds (Traversal.field)
        at = end + 1;
      }
      key = room(key, n);
      key[n++] = -1;
      return Arrays.copyOf(key, n);
    }

    private static int[] room(int[] key, int n) {
      return n + 2 <= key.length ? key : Arrays.copyOf(key, key.length * 2 + 2);
    }

    /** Where the segment starting at {@code at} ends: the next '.', or the end. */
    private static int segmentEnd(String path, int at) {
      int dot = path.indexOf('.', at);
      return dot < 0 ? path.length() : dot;
    }

    private static String name(String path, int at, int end) {
      int bracket = path.indexOf('[', at);
      return path.substring(at, bracket < 0 || bracket > end ? end : bracket);
    }

    /** The index in a segment such as {@code parts[2]}; -1 for none. */
    private static int index(String path, int at, int end) {
      int bracket = path.indexOf('[', at);
      if (bracket < 0 || bracket > end) {
        return -1;
      }
      int close = path.indexOf(']', bracket);
      try {
        return Integer.parseInt(path, bracket + 1, close < 0 || close > end ? end : close, 10);
      } catch (NumberFormatException e) {
        return -1;
      }
    }
  }
}
