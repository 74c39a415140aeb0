package io.github.minutebook;

import static java.util.stream.Collectors.toCollection;
import static java.util.stream.Collectors.toMap;
import static java.util.stream.Collectors.toSet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Exports;
import java.lang.module.ModuleDescriptor.Requires;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Core's module descriptor, read from the compiled {@code module-info.class} so that it is checked
 * however the tests run: every package of the model is exported to everyone, the generated shapes
 * only to the JSON module, and only Guava is needed at run time.
 */
class ModuleDescriptorTest {
  static final String NAME = "io.github.minutebook.core";
  static final String INTERNAL = "io.github.minutebook.internal.shape";
  static final Path CLASSES = Path.of("target/classes");

  @Test
  void isNamedAsTheAutomaticModuleNameWas() throws IOException {
    assertEquals(NAME, descriptor().name());
  }

  @Test
  void exportsEveryPackageButTheShapesToEveryone() throws IOException {
    ModuleDescriptor descriptor = descriptor();
    Set<String> expected = new TreeSet<>(packages());
    expected.remove(INTERNAL);
    assertTrue(expected.contains("io.github.minutebook.validation"), expected::toString);

    Set<String> unqualified = descriptor.exports().stream()
        .filter(e -> !e.isQualified())
        .map(Exports::source)
        .collect(toCollection(TreeSet::new));

    assertEquals(expected, unqualified);
  }

  @Test
  void exportsTheGeneratedShapesOnlyToTheJsonModule() throws IOException {
    ModuleDescriptor descriptor = descriptor();
    Exports shapes = descriptor.exports().stream()
        .filter(e -> e.source().equals(INTERNAL))
        .findFirst()
        .orElseThrow();

    assertEquals(Set.of("io.github.minutebook.json"), shapes.targets());
    assertTrue(descriptor.opens().isEmpty(), "nothing is opened for deep reflection");
    assertFalse(descriptor.isOpen());
  }

  @Test
  void needsOnlyGuavaAtRunTime() throws IOException {
    Map<String, Set<Requires.Modifier>> requires = descriptor().requires().stream()
        .filter(r -> !r.name().equals("java.base"))
        .collect(toMap(Requires::name, Requires::modifiers));

    assertEquals(Map.of(
        "com.google.common", Set.of(Requires.Modifier.TRANSITIVE),
        "org.immutables.value.annotations", Set.of(Requires.Modifier.STATIC),
        "org.jspecify", Set.of(Requires.Modifier.STATIC),
        "com.google.errorprone.annotations", Set.of(Requires.Modifier.STATIC),
        "java.compiler", Set.of(Requires.Modifier.STATIC)), requires);
  }

  /** Surefire runs these tests inside the module, on the module path, with the rules above in force. */
  @Test
  void runsAsTheNamedModule() throws IOException {
    Module module = ModuleDescriptorTest.class.getModule();

    assertTrue(module.isNamed(), "the tests run on the module path");
    assertEquals(NAME, module.getName());
    assertTrue(module.isExported("io.github.minutebook.meeting"));
    assertFalse(module.isExported(INTERNAL));
    assertEquals(descriptor().exports(), module.getDescriptor().exports());
  }

  static ModuleDescriptor descriptor() throws IOException {
    try (InputStream in = Files.newInputStream(CLASSES.resolve("module-info.class"))) {
      return ModuleDescriptor.read(in, ModuleDescriptorTest::packages);
    }
  }

  /** The packages of core's compiled classes, generated ones included. */
  static Set<String> packages() {
    try (Stream<Path> files = Files.walk(CLASSES)) {
      return files
          .filter(file -> file.toString().endsWith(".class") && !file.endsWith("module-info.class"))
          .map(file -> CLASSES.relativize(file.getParent()).toString().replace(file.getFileSystem().getSeparator(), "."))
          .collect(toSet());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
