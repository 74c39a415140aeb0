package io.github.minutebook.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.minutebook.internal.shape.Cardinality;
import io.github.minutebook.internal.shape.ModelShapes;
import io.github.minutebook.internal.shape.PropertyShape;
import io.github.minutebook.internal.shape.TypeShape;
import io.github.minutebook.testing.RandomMeetings.Shape;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The generator behind the round-trip, totality and fuzz tests sets every property of every type
 * in some of the meetings it makes: a property it never sets is one that no round trip checks.
 * A property that a default gives a value anyway must take more than one value across the
 * meetings, or the codec's writing of anything but the default goes unchecked.
 */
class GeneratorCoverageTest {

  @Test
  void everyPropertyOfEveryTypeIsSetInSomeGeneratedMeetings() {
    for (Shape shape : Shape.values()) {
      Set<String> set = new LinkedHashSet<>();
      Map<String, Set<Object>> defaultedValues = new HashMap<>();
      RandomMeetings.records(20261204L, shape, 1_000).forEach(record -> ModelValues.forEachProperty(record,
          (value, property) -> {
            String name = ModelValues.shapeOf(value) + "." + property.name();
            if (property.cardinality() != Cardinality.DEFAULTED) {
              set.add(name);
            } else {
              Set<Object> values = defaultedValues.computeIfAbsent(name, n -> new HashSet<>());
              values.add(get(property, value));
              if (values.size() > 1) {
                set.add(name);
              }
            }
          }));
      List<String> neverSet = new ArrayList<>();
      for (TypeShape<?, ?> type : ModelShapes.ALL) {
        for (PropertyShape<?, ?, ?> property : type.properties()) {
          if (!set.contains(type + "." + property.name())) {
            neverSet.add(type + "." + property.name());
          }
        }
      }
      assertEquals(List.of(), neverSet, "properties that " + shape + " meetings never set (a defaulted one: never to two values)");
    }
  }

  @SuppressWarnings("unchecked")
  private static Object get(PropertyShape<?, ?, ?> property, Object value) {
    return ((PropertyShape<Object, ?, ?>) property).getter().apply(value);
  }
}
