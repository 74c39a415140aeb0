package io.github.minutebook.internal.shape;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One property of a type of the model: its name (the accessor's), cardinality, the class of its
 * values, how to read it from a value and set it on a builder, and its description (the accessor's
 * Javadoc as plain text).
 *
 * @param <T> the type that has the property
 * @param <B> that type's builder
 * @param <V> the class of one value: of each element of a list, of each value of a map
 */
public final class PropertyShape<T, B, V> {
  private final String name;
  private final Cardinality cardinality;
  private final Class<V> valueType;
  private final @Nullable Class<?> keyType;
  private final Function<T, ?> get;
  private final BiConsumer<B, ?> set;
  private final String description;

  private PropertyShape(String name, Cardinality cardinality, @Nullable Class<?> keyType, Class<V> valueType,
      Function<T, ?> get, BiConsumer<B, ?> set, String description) {
    this.name = checkNotNull(name);
    this.cardinality = checkNotNull(cardinality);
    this.keyType = keyType;
    this.valueType = checkNotNull(valueType);
    this.get = checkNotNull(get);
    this.set = checkNotNull(set);
    this.description = checkNotNull(description);
  }

  /** A property that always has a value. */
  public static <T, B, V> PropertyShape<T, B, V> required(String name, Class<V> type, Function<T, V> get,
      BiConsumer<B, V> set, String description) {
    return new PropertyShape<>(name, Cardinality.REQUIRED, null, type, get, set, description);
  }

  /** A property that may be absent: {@code getOrNull} gives the value or null. */
  public static <T, B, V> PropertyShape<T, B, V> optional(String name, Class<V> type,
      Function<T, @Nullable V> getOrNull, BiConsumer<B, V> set, String description) {
    return new PropertyShape<>(name, Cardinality.OPTIONAL, null, type, getOrNull, set, description);
  }

  /** A property that always has a value, defaulted by the builder when not set. */
  public static <T, B, V> PropertyShape<T, B, V> defaulted(String name, Class<V> type, Function<T, V> get,
      BiConsumer<B, V> set, String description) {
    return new PropertyShape<>(name, Cardinality.DEFAULTED, null, type, get, set, description);
  }

  /** A list property; {@code addAll} adds every element of a list to the builder. */
  public static <T, B, V> PropertyShape<T, B, V> list(String name, Class<V> elementType, Function<T, List<V>> get,
      BiConsumer<B, List<V>> addAll, String description) {
    return new PropertyShape<>(name, Cardinality.LIST, null, elementType, get, addAll, description);
  }

  /** A map property; {@code putAll} puts every entry of a map into the builder. */
  public static <T, B, K, V> PropertyShape<T, B, V> map(String name, Class<K> keyType, Class<V> valueType,
      Function<T, Map<K, V>> get, BiConsumer<B, Map<K, V>> putAll, String description) {
    return new PropertyShape<>(name, Cardinality.MAP, keyType, valueType, get, putAll, description);
  }

  /** The accessor's name, which is the property's name on the wire. */
  public String name() {
    return name;
  }

  /** How many values it holds. */
  public Cardinality cardinality() {
    return cardinality;
  }

  /** The class of one value: of each element of a list, of each value of a map; boxed for a primitive. */
  public Class<V> valueType() {
    return valueType;
  }

  /** The class of each key of a map property. */
  public @Nullable Class<?> keyType() {
    return keyType;
  }

  /**
   * Reads the property from a value: the value itself for a required or defaulted property, the
   * value or null for an optional one, the list or map for a list or map property.
   */
  public Function<T, ?> getter() {
    return get;
  }

  /**
   * Sets the property on a builder: with one value for a required, optional or defaulted property,
   * with a whole list or map for a list or map property.
   */
  public BiConsumer<B, ?> setter() {
    return set;
  }

  /** The accessor's Javadoc as plain text. */
  public String description() {
    return description;
  }

  @Override
  public String toString() {
    return name + " (" + cardinality.name().toLowerCase(java.util.Locale.ROOT) + " " + valueType.getSimpleName() + ")";
  }
}
