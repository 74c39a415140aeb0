package io.github.minutebook.validation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Walks a value of the model in document order, applying the validator's rules to each value
 * before the values inside it, and the fields in the order of the type's accessors.
 *
 * <p>The walk itself, one method a type, is generated from the model's types into {@link
 * ModelWalk} when core is compiled, so that every property holding values of the model is walked
 * and every type of the model can be the target of a rule. This class holds the steps it is made
 * of, and the look-ups that render paths and put violations in document order.
 */
final class Traversal {
  /** How deep nested parts and points may go before the walk stops descending. */
  static final int MAX_DEPTH = 64;

  /** The types the walk visits, each with its index into the validator's table of rules. */
  static final ImmutableList<Class<?>> TYPES = ModelWalk.TYPES;

  private static final ImmutableMap<Class<?>, Integer> INDEX;

  /** The fields of each owner, by name, in the walk's order; a sealed interface has its kinds'. */
  private static final ImmutableMap<Class<?>, ImmutableMap<String, Field>> FIELDS;

  static {
    ImmutableMap.Builder<Class<?>, Integer> index = ImmutableMap.builder();
    for (int i = 0; i < TYPES.size(); i++) {
      index.put(TYPES.get(i), i);
    }
    INDEX = index.build();
    Map<Class<?>, Map<String, Field>> fields = new LinkedHashMap<>();
    for (Field field : ModelWalk.FIELDS) {
      fields.computeIfAbsent(field.owner, owner -> new LinkedHashMap<>()).put(field.name, field);
    }
    // a path through a field of a sealed interface (a party) goes on with the fields of its kinds
    for (Class<?> sealed : TYPES) {
      if (sealed.isInterface()) {
        for (Class<?> kind : TYPES) {
          if (!kind.isInterface() && sealed.isAssignableFrom(kind) && fields.containsKey(kind)) {
            fields.get(kind).forEach((name, field) ->
                fields.computeIfAbsent(sealed, s -> new LinkedHashMap<>()).putIfAbsent(name, field));
          }
        }
      }
    }
    ImmutableMap.Builder<Class<?>, ImmutableMap<String, Field>> byOwner = ImmutableMap.builder();
    fields.forEach((owner, named) -> byOwner.put(owner, ImmutableMap.copyOf(named)));
    FIELDS = byOwner.build();
  }

  /** The root of what is validated: no name, no rank. */
  static final Field ROOT = new Field(Object.class, "", Object.class, -1);

  private final MeetingValidator validator;
  private final RuleContext context;
  private int nesting;

  Traversal(MeetingValidator validator, RuleContext context) {
    this.validator = validator;
    this.context = context;
  }

  /**
   * Whether rules for {@code type} have values to check: it is a type of the model, or a
   * supertype of one (such as {@code Party} or {@code Identified}), whose rules then apply to
   * every value of the model's types below it.
   */
  static boolean supports(Class<?> type) {
    if (INDEX.containsKey(type)) {
      return true;
    }
    for (Class<?> modelType : TYPES) {
      if (type.isAssignableFrom(modelType)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code type} is one of the model's own types, not a supertype of them. */
  static boolean isModelType(Class<?> type) {
    return INDEX.containsKey(type);
  }

  /** The index of {@code type} in {@link #TYPES}. */
  static int indexOf(Class<?> type) {
    Integer index = INDEX.get(type);
    if (index == null) {
      throw new IllegalArgumentException(type.getName() + " is not a type of the Minutebook model");
    }
    return index;
  }

  /** The field of {@code owner} named {@code name}, if the walk descends into one (for a sealed interface, a kind's). */
  static Optional<Field> field(Class<?> owner, String name) {
    Map<String, Field> fields = FIELDS.get(owner);
    return Optional.ofNullable(fields == null ? null : fields.get(name));
  }

  /** Every field the walk descends into, owner by owner, in the walk's order. */
  static List<Field> fields() {
    return ModelWalk.FIELDS;
  }

  /** The type whose fields a value of {@code declared} type has: its concrete kind, for a sealed interface such as a party. */
  static Class<?> ownerOf(Class<?> declared, Object value) {
    if (declared.isInterface() || declared == Object.class) {
      for (Class<?> type : TYPES) {
        if (!type.isInterface() && type.isInstance(value)) { // the value's own kind, not its interface
          return type;
        }
      }
    }
    return declared;
  }

  /** Comes back up a level of parts or points. */
  void shallower() {
    nesting--;
  }

  /** Walks {@code value} as the root: its path is empty. */
  <T> void root(Class<T> type, T value) {
    context.enter(ROOT, -1, value);
    walk(indexOf(type), value);
    context.leave();
  }

  /** Walks a value of the type at {@code type} in {@link #TYPES}. */
  private void walk(int type, Object value) {
    ModelWalk.walk(this, type, value);
  }

  // --- the steps of the walk ---

  void rules(int type, Object value) {
    validator.apply(type, value, context);
  }

  void one(Field field, Object value, int type) {
    context.enter(field, -1, value);
    walk(type, value);
    context.leave();
  }

  void optional(Field field, Optional<?> value, int type) {
    if (value.isPresent()) {
      one(field, value.get(), type);
    }
  }

  void list(Field field, List<?> values, int type) {
    for (int i = 0, n = values.size(); i < n; i++) {
      Object value = values.get(i);
      context.enter(field, i, value);
      walk(type, value);
      context.leave();
    }
  }

  /**
   * Goes one level deeper into parts or points, unless nesting is already too deep, which is
   * reported at the current value; the caller comes back up with {@link #shallower()}.
   */
  boolean deeper() {
    if (nesting >= MAX_DEPTH) {
      context.using(MeetingValidator.TOO_DEEP, Severity.ERROR);
      context.report("", "Nesting stops here: more than {max} levels of parts or points", "max", MAX_DEPTH);
      return false;
    }
    nesting++;
    return true;
  }
}
