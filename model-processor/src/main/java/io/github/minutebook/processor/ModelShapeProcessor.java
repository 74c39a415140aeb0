package io.github.minutebook.processor;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.tools.Diagnostic;

/**
 * Reads the model's types, starting from the root type named by the option {@code
 * minutebook.root} and following every accessor to the types it holds, and writes two classes
 * from what it finds:
 *
 * <ul>
 *   <li>{@code io.github.minutebook.internal.shape.ModelShapes}: every type with its
 *       description, how to build it, and every property with its name, cardinality, value type,
 *       accessor, builder method and description (taken from the accessor's Javadoc). The JSON
 *       codecs, schema and format docs are derived from it.
 *   <li>{@code io.github.minutebook.validation.ModelWalk}: the validator's walk, one method a
 *       type, descending into every property that holds values of the model.
 * </ul>
 *
 * <p>The model type is thus the one place a field is declared. What the processor cannot read
 * (an accessor without Javadoc, a type it cannot build, a property of an unsupported shape) fails
 * the compilation with an error at that element.
 */
public final class ModelShapeProcessor extends AbstractProcessor {
  static final String ROOT_OPTION = "minutebook.root";
  static final String MODEL_PACKAGE = "io.github.minutebook";
  static final String SHAPE_PACKAGE = "io.github.minutebook.internal.shape";
  static final String WALK_PACKAGE = "io.github.minutebook.validation";
  private static final String VALUE = "org.immutables.value.Value";

  private boolean done;

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("*");
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Set.of(ROOT_OPTION);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (done || round.processingOver()) {
      return false;
    }
    String rootName = processingEnv.getOptions().get(ROOT_OPTION);
    if (rootName == null) {
      return false; // a compilation without the model: nothing to do
    }
    done = true;
    TypeElement root = processingEnv.getElementUtils().getTypeElement(rootName);
    if (root == null) {
      error(null, "the model's root type " + rootName + " (option " + ROOT_OPTION + ") is not being compiled");
      return false;
    }
    Model model = new Model(processingEnv);
    String shapes;
    String walk;
    try {
      model.collect(root);
      model.check();
      model.describe();
      shapes = new ShapesWriter(model).source();
      walk = new WalkWriter(model).source();
    } catch (ModelError e) {
      error(e.element, e.getMessage());
      return false;
    }
    write(SHAPE_PACKAGE + ".ModelShapes", shapes, root);
    write(WALK_PACKAGE + ".ModelWalk", walk, root);
    return false;
  }

  /** The start of a generated source file: its package, its class's Javadoc and {@code @Generated}. */
  static void header(StringBuilder out, String packageName, String javadoc) {
    out.append("package ").append(packageName).append(";\n\n").append(javadoc)
        .append("@javax.annotation.processing.Generated(\"").append(ModelShapeProcessor.class.getName())
        .append("\")\n");
  }

  private void write(String name, String source, Element origin) {
    try (Writer out = processingEnv.getFiler().createSourceFile(name, origin).openWriter()) {
      out.write(source);
    } catch (IOException e) {
      error(origin, "cannot write " + name + ": " + e.getMessage());
    }
  }

  private void error(Element element, String message) {
    processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "[minutebook model] " + message, element);
  }

  /** A problem with the model that stops generation, at the element that has it. */
  static final class ModelError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient Element element;

    ModelError(Element element, String message) {
      super(message);
      this.element = element;
    }
  }

  /** How many values a property holds. */
  enum Cardinality { REQUIRED, OPTIONAL, DEFAULTED, LIST, MAP }

  /** One property of a type, as read from its accessor. */
  static final class Property {
    final ExecutableElement accessor;
    final String name;
    final Cardinality cardinality;
    /** The type of one value (of each element of a list, of each value of a map), boxed. */
    final TypeMirror valueType;
    /** The type of each key of a map, else null. */
    final TypeMirror keyType;
    /** The accessor's Javadoc (its own or the one it overrides), as written. */
    final String doc;
    /** The doc as plain text, once every code list of the model is known. */
    String description = "";
    final boolean primitive;

    Property(ExecutableElement accessor, String name, Cardinality cardinality, TypeMirror valueType,
        TypeMirror keyType, String doc, boolean primitive) {
      this.accessor = accessor;
      this.name = name;
      this.cardinality = cardinality;
      this.valueType = valueType;
      this.keyType = keyType;
      this.doc = doc;
      this.primitive = primitive;
    }
  }

  /** One type of the model. */
  static final class ModelType {
    final TypeElement element;
    final String doc;
    /** The first sentence of the doc as plain text, once every code list of the model is known. */
    String description = "";
    final List<Property> properties = new ArrayList<>();
    /** The permitted subtypes of a sealed interface; empty for a class. */
    final List<TypeElement> subtypes = new ArrayList<>();
    /** Whether it is built with its public static builder(); else with of(parameters...). */
    boolean hasBuilder;

    ModelType(TypeElement element, String doc) {
      this.element = element;
      this.doc = doc;
    }

    boolean isAbstract() {
      return element.getKind() == ElementKind.INTERFACE;
    }

    String qualifiedName() {
      return element.getQualifiedName().toString();
    }

    String simpleName() {
      return element.getSimpleName().toString();
    }
  }

  /** The model: every type reachable from the root, in the order first met. */
  static final class Model {
    final ProcessingEnvironment env;
    final Map<String, ModelType> types = new LinkedHashMap<>();

    Model(ProcessingEnvironment env) {
      this.env = env;
    }

    boolean isModelType(TypeMirror type) {
      if (type.getKind() != TypeKind.DECLARED) {
        return false;
      }
      TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
      return types.containsKey(element.getQualifiedName().toString());
    }

    ModelType typeOf(TypeMirror type) {
      return types.get(((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString());
    }

    void collect(TypeElement element) {
      String name = element.getQualifiedName().toString();
      if (types.containsKey(name)) {
        return;
      }
      String typeDoc = doc(element);
      if (typeDoc == null || typeDoc.isBlank()) {
        throw new ModelError(element, element.getSimpleName() + " has no Javadoc: its first sentence is the type's "
            + "description in the schema and the docs");
      }
      ModelType type = new ModelType(element, typeDoc);
      types.put(name, type);
      if (element.getKind() == ElementKind.INTERFACE) {
        if (!element.getModifiers().contains(Modifier.SEALED)) {
          throw new ModelError(element, name + " is an interface of the model but not sealed: "
              + "the walk and the codecs need to know every kind of it");
        }
        for (TypeMirror permitted : element.getPermittedSubclasses()) {
          TypeElement sub = (TypeElement) ((DeclaredType) permitted).asElement();
          type.subtypes.add(sub);
        }
        for (TypeElement sub : type.subtypes) {
          collect(sub);
        }
        return;
      }
      if (!hasAnnotation(element, VALUE + ".Immutable")) {
        throw new ModelError(element, name + " is held by the model but is not a @Value.Immutable type");
      }
      type.hasBuilder = ElementFilter.methodsIn(element.getEnclosedElements()).stream()
          .anyMatch(m -> m.getSimpleName().contentEquals("builder") && m.getParameters().isEmpty()
              && m.getModifiers().contains(Modifier.STATIC) && m.getModifiers().contains(Modifier.PUBLIC));
      for (ExecutableElement accessor : accessors(element)) {
        type.properties.add(property(element, accessor));
      }
      if (!type.hasBuilder) {
        checkFactory(type);
      }
      for (Property property : type.properties) {
        TypeMirror value = property.valueType;
        if (inModel(value)) {
          collect((TypeElement) ((DeclaredType) value).asElement());
        }
      }
    }

    /**
     * What the generated code cannot express: two types of one simple name (their constants,
     * schema definitions and walk methods would clash), and a map of values of the model (the
     * walk does not descend into maps).
     */
    void check() {
      Map<String, ModelType> bySimpleName = new LinkedHashMap<>();
      for (ModelType type : types.values()) {
        ModelType other = bySimpleName.put(type.simpleName(), type);
        if (other != null) {
          throw new ModelError(type.element, type.qualifiedName() + " and " + other.qualifiedName()
              + " share a simple name: give one another name");
        }
        for (Property p : type.properties) {
          if (p.cardinality == Cardinality.MAP && isModelType(p.valueType)) {
            throw new ModelError(p.accessor, "a map of values of the model cannot be walked yet");
          }
        }
      }
    }

    /** Turns every doc into plain text, now that the model's code lists (its enums) are known. */
    void describe() {
      Set<String> codeLists = new LinkedHashSet<>();
      for (ModelType type : types.values()) {
        for (Property p : type.properties) {
          for (TypeMirror held : new TypeMirror[] {p.valueType, p.keyType}) {
            if (held != null && held.getKind() == TypeKind.DECLARED
                && ((DeclaredType) held).asElement().getKind() == ElementKind.ENUM) {
              TypeElement list = (TypeElement) ((DeclaredType) held).asElement();
              codeLists.add(list.getSimpleName().toString());
              codeLists.add(list.getQualifiedName().toString());
            }
          }
        }
      }
      for (ModelType type : types.values()) {
        type.description = Javadoc.firstSentence(type.doc, type.element, codeLists);
        for (Property p : type.properties) {
          p.description = Javadoc.description(p.doc, p.accessor, codeLists);
        }
      }
    }

    /** Whether a value type belongs to the model: a class or interface (not an enum) of its packages. */
    private boolean inModel(TypeMirror type) {
      if (type.getKind() != TypeKind.DECLARED) {
        return false;
      }
      Element element = ((DeclaredType) type).asElement();
      String name = ((TypeElement) element).getQualifiedName().toString();
      return name.startsWith(MODEL_PACKAGE + ".") && element.getKind() != ElementKind.ENUM;
    }

    /** The accessors of a type, in declaration order: its abstract and @Value.Default methods. */
    private List<ExecutableElement> accessors(TypeElement element) {
      List<ExecutableElement> accessors = new ArrayList<>();
      Set<String> names = new LinkedHashSet<>();
      for (ExecutableElement method : ElementFilter.methodsIn(element.getEnclosedElements())) {
        Set<Modifier> modifiers = method.getModifiers();
        if (modifiers.contains(Modifier.STATIC) || !method.getParameters().isEmpty()
            || method.getReturnType().getKind() == TypeKind.VOID) {
          continue;
        }
        boolean attribute = modifiers.contains(Modifier.ABSTRACT) || hasAnnotation(method, VALUE + ".Default");
        if (hasAnnotation(method, VALUE + ".Derived") || hasAnnotation(method, VALUE + ".Lazy")) {
          throw new ModelError(method, "derived and lazy attributes are not part of the model's shape yet: "
              + "teach the processor about them");
        }
        if (attribute) {
          if (!modifiers.contains(Modifier.PUBLIC)) {
            throw new ModelError(method, "an accessor of the model must be public");
          }
          accessors.add(method);
          names.add(method.getSimpleName().toString());
        }
      }
      // abstract methods inherited and not declared again would be attributes the walk misses
      for (ExecutableElement method : ElementFilter.methodsIn(env.getElementUtils().getAllMembers(element))) {
        if (method.getModifiers().contains(Modifier.ABSTRACT) && method.getParameters().isEmpty()
            && !names.contains(method.getSimpleName().toString())) {
          throw new ModelError(element, element.getSimpleName() + " inherits the accessor "
              + method.getSimpleName() + "() without declaring it: declare it (with @Override) where it "
              + "belongs in the type's order");
        }
      }
      return accessors;
    }

    private Property property(TypeElement owner, ExecutableElement accessor) {
      String name = accessor.getSimpleName().toString();
      String description = inheritedDoc(owner, accessor);
      TypeMirror returned = accessor.getReturnType();
      boolean defaulted = hasAnnotation(accessor, VALUE + ".Default");
      if (returned.getKind().isPrimitive()) {
        TypeMirror boxed = env.getTypeUtils().boxedClass((javax.lang.model.type.PrimitiveType) returned).asType();
        return new Property(accessor, name, defaulted ? Cardinality.DEFAULTED : Cardinality.REQUIRED, boxed, null,
            description, true);
      }
      if (returned.getKind() != TypeKind.DECLARED) {
        throw new ModelError(accessor, "the model cannot hold a " + returned);
      }
      DeclaredType declared = (DeclaredType) returned;
      String raw = ((TypeElement) declared.asElement()).getQualifiedName().toString();
      List<? extends TypeMirror> args = declared.getTypeArguments();
      int expected = raw.equals("java.util.Map") ? 2
          : raw.equals("java.util.Optional") || raw.equals("java.util.List") ? 1 : 0;
      if (args.size() != expected) {
        throw new ModelError(accessor, "the model's " + raw + " needs its type arguments, not a raw type");
      }
      return switch (raw) {
        case "java.util.Optional" -> {
          requireDefaultless(accessor, defaulted);
          yield new Property(accessor, name, Cardinality.OPTIONAL, plain(accessor, args.get(0)), null, description, false);
        }
        case "java.util.List" -> {
          requireDefaultless(accessor, defaulted);
          yield new Property(accessor, name, Cardinality.LIST, plain(accessor, args.get(0)), null, description, false);
        }
        case "java.util.Map" -> {
          requireDefaultless(accessor, defaulted);
          yield new Property(accessor, name, Cardinality.MAP, plain(accessor, args.get(1)), plain(accessor, args.get(0)),
              description, false);
        }
        case "java.util.Set", "java.util.OptionalInt", "java.util.OptionalLong", "java.util.OptionalDouble" ->
            throw new ModelError(accessor, raw + " is not a shape the model's formats support yet");
        default -> new Property(accessor, name, defaulted ? Cardinality.DEFAULTED : Cardinality.REQUIRED,
            plain(accessor, returned), null, description, false);
      };
    }

    private static void requireDefaultless(ExecutableElement accessor, boolean defaulted) {
      if (defaulted) {
        throw new ModelError(accessor, "an Optional, List or Map accessor cannot have a default");
      }
    }

    /** A type argument that is a plain class: no wildcard, no nested generics. */
    private static TypeMirror plain(ExecutableElement accessor, TypeMirror type) {
      if (type.getKind() != TypeKind.DECLARED || !((DeclaredType) type).getTypeArguments().isEmpty()) {
        throw new ModelError(accessor, "the model's lists, options and maps hold plain classes, not " + type);
      }
      return type;
    }

    /** A type without a builder is made by its public static of(...) over its @Value.Parameter accessors, in order. */
    private void checkFactory(ModelType type) {
      List<String> parameterTypes = new ArrayList<>();
      for (Property property : type.properties) {
        if (property.cardinality != Cardinality.REQUIRED) {
          throw new ModelError(property.accessor, type.simpleName() + " has no builder(), so each of its accessors "
              + "must be a plain required @Value.Parameter of its of(...) factory, not an Optional, List or Map");
        }
        if (!hasAnnotation(property.accessor, VALUE + ".Parameter")) {
          throw new ModelError(property.accessor, type.simpleName() + " has no builder(), so each of its accessors "
              + "must be a @Value.Parameter of its of(...) factory");
        }
        parameterTypes.add(env.getTypeUtils().erasure(property.accessor.getReturnType()).toString());
      }
      for (ExecutableElement method : ElementFilter.methodsIn(type.element.getEnclosedElements())) {
        if (method.getSimpleName().contentEquals("of") && method.getModifiers().contains(Modifier.STATIC)
            && method.getModifiers().contains(Modifier.PUBLIC)) {
          List<String> actual = new ArrayList<>();
          method.getParameters().forEach(p -> actual.add(env.getTypeUtils().erasure(p.asType()).toString()));
          if (actual.equals(parameterTypes)) {
            return;
          }
        }
      }
      throw new ModelError(type.element, type.simpleName() + " has neither a public static builder() nor a public "
          + "static of" + parameterTypes.toString().replace('[', '(').replace(']', ')')
          + " taking its accessors in order");
    }

    private String doc(Element element) {
      return env.getElementUtils().getDocComment(element);
    }

    /** The accessor's Javadoc, or that of the method it overrides where it has none of its own. */
    private String inheritedDoc(TypeElement owner, ExecutableElement accessor) {
      String own = doc(accessor);
      if (own != null && !own.isBlank()) {
        return own;
      }
      for (TypeMirror supertype : env.getTypeUtils().directSupertypes(owner.asType())) {
        TypeElement superElement = (TypeElement) ((DeclaredType) supertype).asElement();
        for (ExecutableElement candidate : ElementFilter.methodsIn(env.getElementUtils().getAllMembers(superElement))) {
          if (candidate.getSimpleName().equals(accessor.getSimpleName()) && candidate.getParameters().isEmpty()
              && env.getElementUtils().overrides(accessor, candidate, owner)) {
            String inherited = doc(candidate);
            if (inherited != null && !inherited.isBlank()) {
              return inherited;
            }
          }
        }
      }
      throw new ModelError(accessor, owner.getSimpleName() + "." + accessor.getSimpleName()
          + "() has no Javadoc: its first words are the property's description in the schema and the docs");
    }

    static boolean hasAnnotation(Element element, String name) {
      return element.getAnnotationMirrors().stream()
          .anyMatch(a -> ((TypeElement) a.getAnnotationType().asElement()).getQualifiedName().contentEquals(name));
    }
  }
}
