package io.github.minutebook.oparl;

import io.github.minutebook.exchange.ConversionNote;
import io.github.minutebook.exchange.ConversionNote.Kind;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Lists the facts of a model value that an export did not map: every attribute of its model type
 * (the public abstract accessors of {@code Meeting}, {@code AgendaItem} and so on) that holds
 * something and is not among those the export read, as one {@link Kind#NOT_CARRIED} note each, in
 * the order of the attribute names. This keeps an export total without a hand-kept list of the
 * model's attributes that would fall behind the model.
 */
final class Unmapped {
  private Unmapped() {}

  /**
   * Adds a note to {@code notes} for every attribute of {@code value} that holds something and is
   * not in {@code mapped}.
   *
   * @param value a model value (an Immutables implementation of one of core's abstract types)
   * @param path the Minutebook path of the value ("" for the record)
   * @param mapped the attributes the export carried or reported otherwise
   * @param code the note code
   * @param target what the value became, for the message ("an OParl Meeting")
   */
  static void report(Object value, String path, Set<String> mapped, String code, String target,
      List<ConversionNote> notes) {
    for (Method accessor : accessors(value.getClass())) {
      if (mapped.contains(accessor.getName())) {
        continue;
      }
      Object held;
      try {
        held = accessor.invoke(value);
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("cannot read " + accessor, e);
      }
      if (holds(held)) {
        String at = path.isEmpty() ? accessor.getName() : path + "." + accessor.getName();
        notes.add(new ConversionNote(Kind.NOT_CARRIED, code, at, "the " + accessor.getName()
            + " has no place in " + target + "; not carried"));
      }
    }
  }

  private static boolean holds(Object held) {
    if (held instanceof Optional<?> optional) {
      return optional.isPresent();
    } else if (held instanceof Collection<?> collection) {
      return !collection.isEmpty();
    } else if (held instanceof Map<?, ?> map) {
      return !map.isEmpty();
    }
    return held != null;
  }

  /** The public abstract accessors of the model type {@code type} extends, by name. */
  private static List<Method> accessors(Class<?> type) {
    List<Method> accessors = new ArrayList<>();
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      if (!Modifier.isPublic(c.getModifiers())) {
        continue;
      }
      for (Method m : c.getDeclaredMethods()) {
        int modifiers = m.getModifiers();
        if (Modifier.isPublic(modifiers) && Modifier.isAbstract(modifiers) && m.getParameterCount() == 0) {
          accessors.add(m);
        }
      }
    }
    accessors.sort(Comparator.comparing(Method::getName));
    return accessors;
  }
}
