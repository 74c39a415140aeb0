package io.github.minutebook.internal.shape;

import io.github.minutebook.meeting.CouncilRecord;
import io.github.minutebook.meeting.Meeting;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;


/**
 * The generated shapes are the whole model: checked against what Immutables generated for each
 * type (its instance fields are the type's attributes, in order), which the model processor never
 * sees, so that a property or a type the processor misses fails here by name.
 */
class ModelShapesTest {

  @Test
  void everyTypeReachableFromADocumentHasAShape() {
    Set<Class<?>> reachable = new LinkedHashSet<>();
    Deque<Class<?>> todo = new ArrayDeque<>(List.of(CouncilRecord.class));
    while (!todo.isEmpty()) {
      Class<?> type = todo.pop();
      if (!reachable.add(type)) {
        continue;
      }
      if (type.isSealed()) {
        todo.addAll(List.of(type.getPermittedSubclasses()));
        continue;
      }
      for (Field field : attributes(type)) {
        for (Class<?> held : heldTypes(field.getGenericType())) {
          if (held.getName().startsWith("io.github.minutebook.") && !held.isEnum()) {
            todo.add(held);
          }
        }
      }
    }
    List<String> missing = new ArrayList<>();
    List<String> extra = new ArrayList<>();
    Set<Class<?>> shaped = new LinkedHashSet<>();
    ModelShapes.ALL.forEach(shape -> shaped.add(shape.type()));
    reachable.stream().filter(t -> !shaped.contains(t)).forEach(t -> missing.add(t.getSimpleName()));
    shaped.stream().filter(t -> !reachable.contains(t)).forEach(t -> extra.add(t.getSimpleName()));
    assertEquals(List.of(), missing, "types reachable from a document without a shape");
    assertEquals(List.of(), extra, "shapes of types no document reaches");
  }

  @Test
  void everyAttributeOfEveryTypeIsAPropertyInAccessorOrder() {
    List<String> problems = new ArrayList<>();
    for (TypeShape<?, ?> shape : ModelShapes.ALL) {
      if (shape.isSealed()) {
        continue;
      }
      List<String> attributes = attributes(shape.type()).stream().map(Field::getName).toList();
      List<String> properties = shape.properties().stream().map(PropertyShape::name).toList();
      for (String attribute : attributes) {
        if (!properties.contains(attribute)) {
          problems.add(shape + "." + attribute + " has no property");
        }
      }
      for (String property : properties) {
        if (!attributes.contains(property)) {
          problems.add(shape + "." + property + " is not an attribute");
        }
      }
      if (problems.isEmpty()) {
        assertEquals(attributes, properties, shape + ": properties out of the accessors' order");
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void everyPropertyIsDescribedInPlainText() {
    List<String> problems = new ArrayList<>();
    for (TypeShape<?, ?> shape : ModelShapes.ALL) {
      check(shape.toString(), shape.description(), problems);
      for (PropertyShape<?, ?, ?> property : shape.properties()) {
        check(shape + "." + property.name(), property.description(), problems);
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void aPropertyReadsWhatItsAccessorReturnsAndSetsWhatItsBuilderTakes() {
    Meeting meeting = Meeting.builder().id("m1").title("Executive").build();
    @SuppressWarnings("unchecked")
    PropertyShape<Meeting, Meeting.Builder, String> title =
        (PropertyShape<Meeting, Meeting.Builder, String>) ModelShapes.MEETING.property("title").orElseThrow();
    assertEquals("Executive", title.getter().apply(meeting));
    assertEquals(null, ((PropertyShape<Meeting, Meeting.Builder, ?>) ModelShapes.MEETING.property("location")
        .orElseThrow()).getter().apply(meeting));
    Meeting.Builder builder = ModelShapes.MEETING.newBuilder();
    @SuppressWarnings("unchecked")
    java.util.function.BiConsumer<Meeting.Builder, String> set =
        (java.util.function.BiConsumer<Meeting.Builder, String>) title.setter();
    set.accept(builder, "Council");
    assertEquals("Council", ModelShapes.MEETING.build().apply(builder).title().orElseThrow());
    assertEquals(Cardinality.OPTIONAL, title.cardinality());
    assertEquals(String.class, title.valueType());
  }

  @Test
  void aSealedInterfaceListsItsKinds() {
    TypeShape<?, ?> party = ModelShapes.PARTY;
    assertTrue(party.isSealed());
    assertEquals(List.of(ModelShapes.PERSON, ModelShapes.BODY), party.subtypes());
    assertFalse(ModelShapes.PERSON.isSealed());
  }

  private static void check(String where, String text, List<String> problems) {
    if (text.isBlank() || text.contains("{@") || text.contains("<") && text.contains(">") || text.contains("  ")
        || !text.equals(text.strip())) {
      problems.add(where + ": \"" + text + "\"");
    }
  }

  /** The attributes of a model type: the instance fields of the class Immutables generated for it. */
  static List<Field> attributes(Class<?> type) {
    try {
      Class<?> generated = Class.forName(type.getPackageName() + ".Immutable" + type.getSimpleName());
      List<Field> fields = new ArrayList<>();
      for (Field field : generated.getDeclaredFields()) {
        int modifiers = field.getModifiers();
        if (!Modifier.isStatic(modifiers) && !Modifier.isTransient(modifiers) && !field.isSynthetic()) {
          fields.add(field);
        }
      }
      return fields;
    } catch (ClassNotFoundException e) {
      throw new AssertionError(type.getName() + " has no Immutables class", e);
    }
  }

  private static List<Class<?>> heldTypes(Type type) {
    List<Class<?>> held = new ArrayList<>();
    if (type instanceof Class<?> c) {
      held.add(c);
    } else if (type instanceof ParameterizedType p) {
      for (Type argument : p.getActualTypeArguments()) {
        held.addAll(heldTypes(argument));
      }
    }
    return held;
  }
}
