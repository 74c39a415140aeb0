package io.github.minutebook.exchange;

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
import org.jspecify.annotations.Nullable;

/**
 * Lists the facts of a model value that an export did not map, so that an exporter stays total
 * without a hand-kept list of the model's attributes that would fall behind the model.
 *
 * <p>Every attribute of the value's model type (the public abstract accessors of {@code Meeting},
 * {@code AgendaItem}, {@code Address} and so on, read from the value's public model class and its
 * public superclasses) that holds something and is not among those the export read becomes one
 * {@link Kind#NOT_CARRIED} note, in the order of the attribute names. An attribute holds something
 * when it is not null, not an empty {@code Optional} and not an empty collection or map: what the
 * model does not know is not reported as lost.
 *
 * <pre>{@code
 * // an OParl Location carries the street, postcode and locality of an address, nothing else
 * Unmapped.report(address, "venue.address", Set.of("streetAddress", "postalCode", "locality"),
 *     "oparl.no-field", "an OParl Location", notes);
 * // adds "NOT_CARRIED oparl.no-field at venue.address.region: the region has no place in an
 * // OParl Location; not carried" if the address has a region, and the same for its countryName
 * }</pre>
 *
 * <p>The exporters of the format modules (OParl, Open Civic Data) share this; it reads nothing but
 * the model.
 */
public final class Unmapped {
  private Unmapped() {}

  /**
   * Adds a note to {@code notes} for every attribute of {@code value} that holds something and is
   * not in {@code mapped}.
   *
   * @param value a model value (an Immutables implementation of one of core's abstract types)
   * @param path the Minutebook path of the value ("" for the record); each note's path is this
   *     path and the attribute's name, joined by a dot
   * @param mapped the names of the attributes the export carried or reported otherwise
   * @param code the note code ({@code oparl.no-field})
   * @param target what the value became, for the message ("an OParl Meeting")
   * @param notes where the notes go, in the order of the attribute names
   * @throws IllegalStateException if an accessor cannot be called or throws
   */
  public static void report(Object value, String path, Set<String> mapped, String code, String target,
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

  private static boolean holds(@Nullable Object held) {
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
