package io.github.minutebook.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.minutebook.internal.shape.ModelShapes;
import io.github.minutebook.internal.shape.PropertyShape;
import io.github.minutebook.internal.shape.TypeShape;
import io.github.minutebook.testing.ModelValues;
import io.github.minutebook.testing.ShapeValues;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Values of every type of the model, with every property set from the type's shape alone, survive
 * encoding and decoding: a property added to a model type is checked here from its first build,
 * before any hand-written generator knows it.
 */
class EveryPropertyRoundTripTest {
  private static final MinutebookJson JSON = MinutebookJson.standard();

  @Test
  void everyTypeWithEveryPropertySetSurvivesARoundTrip() {
    ShapeValues values = new ShapeValues(20261204L);
    Set<String> written = new LinkedHashSet<>();
    for (TypeShape<?, ?> shape : ModelShapes.ALL) {
      for (int i = 0; i < 20; i++) {
        roundTrip(shape, values.full(shape), written);
      }
    }
    List<String> neverWritten = new ArrayList<>();
    for (TypeShape<?, ?> shape : ModelShapes.ALL) {
      for (PropertyShape<?, ?, ?> property : shape.properties()) {
        if (!written.contains(shape + "." + property.name())) {
          neverWritten.add(shape + "." + property.name());
        }
      }
    }
    assertEquals(List.of(), neverWritten, "properties that no encoded value held");
  }

  /** Round-trips a value, and records each property the decoded value holds (what crossed the wire). */
  private static <T> void roundTrip(TypeShape<T, ?> shape, Object value, Set<String> written) {
    T typed = shape.type().cast(value);
    byte[] encoded = JSON.encode(typed, shape.type());
    T decoded = JSON.decode(encoded, shape.type());
    assertEquals(typed, decoded, () -> shape + " changed in a round trip: " + new String(encoded, StandardCharsets.UTF_8));
    assertArrayEquals(encoded, JSON.encode(decoded, shape.type()), shape + ": bytes differ on re-encoding");
    ModelValues.forEachProperty(decoded, (owner, property) -> written.add(ModelValues.shapeOf(owner) + "." + property.name()));
  }
}
