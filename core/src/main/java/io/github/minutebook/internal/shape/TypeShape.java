package io.github.minutebook.internal.shape;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * One type of the model: its class, its description (the first sentence of its Javadoc), how to
 * build one, and its properties in the order of its accessors. A sealed interface of the model
 * (such as {@code Party}) has no properties of its own here, only its {@link #subtypes()}.
 *
 * @param <T> the type
 * @param <B> its builder: the type's own {@code Builder}, or an {@code Object[]} of its factory's
 *     arguments for a type made by {@code of(...)}; {@code Void} for a sealed interface
 */
public final class TypeShape<T, B> {
  private final Class<T> type;
  private final String description;
  private final @Nullable Supplier<B> newBuilder;
  private final @Nullable Function<B, T> build;
  private final ImmutableList<PropertyShape<T, B, ?>> properties;
  private final ImmutableList<TypeShape<? extends T, ?>> subtypes;

  private TypeShape(Class<T> type, String description, @Nullable Supplier<B> newBuilder, @Nullable Function<B, T> build,
      List<PropertyShape<T, B, ?>> properties, List<TypeShape<? extends T, ?>> subtypes) {
    this.type = checkNotNull(type);
    this.description = checkNotNull(description);
    this.newBuilder = newBuilder;
    this.build = build;
    this.properties = ImmutableList.copyOf(properties);
    this.subtypes = ImmutableList.copyOf(subtypes);
  }

  /** A type built through a builder. */
  public static <T, B> TypeShape<T, B> of(Class<T> type, String description, Supplier<B> newBuilder,
      Function<B, T> build, List<PropertyShape<T, B, ?>> properties) {
    return new TypeShape<>(type, description, checkNotNull(newBuilder), checkNotNull(build), properties, List.of());
  }

  /** A sealed interface of the model, whose values are of one of its {@code subtypes}. */
  public static <T> TypeShape<T, Void> sealed(Class<T> type, String description,
      List<TypeShape<? extends T, ?>> subtypes) {
    return new TypeShape<>(type, description, null, null, List.of(), subtypes);
  }

  /** The type's class. */
  public Class<T> type() {
    return type;
  }

  /** The first sentence of the type's Javadoc, as plain text. */
  public String description() {
    return description;
  }

  /** Whether this is a sealed interface, whose values are of its subtypes. */
  public boolean isSealed() {
    return newBuilder == null;
  }

  /** A new, empty builder. */
  public B newBuilder() {
    Supplier<B> supplier = newBuilder;
    if (supplier == null) { // not checkState: its message argument would be computed for every value decoded
      throw new IllegalStateException(type.getSimpleName() + " is sealed: build one of its subtypes");
    }
    return supplier.get();
  }

  /** The function that builds a value from a builder whose properties are set. */
  public Function<B, T> build() {
    checkState(build != null, "%s is sealed: build one of its subtypes", type.getSimpleName());
    return build;
  }

  /** The properties in the order of the type's accessors. */
  public ImmutableList<PropertyShape<T, B, ?>> properties() {
    return properties;
  }

  /** The property named {@code name}, if the type has one. */
  public Optional<PropertyShape<T, B, ?>> property(String name) {
    return properties.stream().filter(p -> p.name().equals(name)).findFirst();
  }

  /** The kinds of a sealed interface, in the order it permits them; empty for a class. */
  public ImmutableList<TypeShape<? extends T, ?>> subtypes() {
    return subtypes;
  }

  @Override
  public String toString() {
    return type.getSimpleName();
  }
}
