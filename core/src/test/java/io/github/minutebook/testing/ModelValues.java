package io.github.minutebook.testing;

import io.github.minutebook.internal.shape.Cardinality;
import io.github.minutebook.internal.shape.ModelShapes;
import io.github.minutebook.internal.shape.PropertyShape;
import io.github.minutebook.internal.shape.TypeShape;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Every value of the model inside a value, found by following the shapes' accessors: an account
 * of a document that owes nothing to the validator's walk or the codecs.
 */
public final class ModelValues {
  private static final Map<Class<?>, TypeShape<?, ?>> SHAPES = new HashMap<>();

  static {
    ModelShapes.ALL.forEach(shape -> SHAPES.put(shape.type(), shape));
  }

  private ModelValues() {}

  /** The shape of a value's own class (a person's, not a party's). */
  public static TypeShape<?, ?> shapeOf(Object value) {
    for (TypeShape<?, ?> shape : ModelShapes.ALL) {
      if (!shape.isSealed() && shape.type().isInstance(value)) {
        return shape;
      }
    }
    throw new IllegalArgumentException(value.getClass() + " is not a value of the model");
  }

  /** Calls {@code action} with {@code root} and every value of the model inside it, parents first. */
  public static void forEach(Object root, Consumer<Object> action) {
    forEachProperty(root, (value, property) -> {}, action);
  }

  /**
   * Calls {@code present} with each value of the model inside {@code root} (itself included) and
   * each of its properties that holds something: a value, a non-empty list or map.
   */
  public static void forEachProperty(Object root, BiConsumer<Object, PropertyShape<?, ?, ?>> present) {
    forEachProperty(root, present, value -> {});
  }

  @SuppressWarnings("unchecked")
  private static void forEachProperty(Object value, BiConsumer<Object, PropertyShape<?, ?, ?>> present,
      Consumer<Object> action) {
    action.accept(value);
    TypeShape<Object, ?> shape = (TypeShape<Object, ?>) shapeOf(value);
    for (PropertyShape<Object, ?, ?> property : shape.properties()) {
      Object held = property.getter().apply(value);
      boolean isModel = SHAPES.containsKey(property.valueType());
      if (held == null) {
        continue;
      }
      if (property.cardinality() == Cardinality.LIST) {
        List<?> list = (List<?>) held;
        if (!list.isEmpty()) {
          present.accept(value, property);
        }
        if (isModel) {
          list.forEach(element -> forEachProperty(element, present, action));
        }
      } else if (property.cardinality() == Cardinality.MAP) {
        if (!((Map<?, ?>) held).isEmpty()) {
          present.accept(value, property);
        }
        if (isModel) {
          ((Collection<?>) ((Map<?, ?>) held).values()).forEach(v -> forEachProperty(v, present, action));
        }
      } else {
        present.accept(value, property);
        if (isModel) {
          forEachProperty(held, present, action);
        }
      }
    }
  }
}
