package io.github.minutebook.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.stream.Collectors.toMap;
import static java.util.stream.Collectors.toSet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutebook.meeting.Meeting;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Exports;
import java.lang.module.ModuleDescriptor.Provides;
import java.lang.module.ModuleDescriptor.Requires;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON module's descriptor, read from the compiled {@code module-info.class} so that it is
 * checked however the tests run: only the API package is exported to all, the codecs in {@code
 * json.internal} are not, {@code json.source} only to the importers that read with it, and the Jackson module is provided as a service both to the module path
 * (the descriptor) and to the class path ({@code META-INF/services}).
 */
class ModuleDescriptorTest {
  static final String NAME = "io.github.minutebook.json";
  static final String API = "io.github.minutebook.json";
  static final String INTERNAL = "io.github.minutebook.json.internal";
  static final String SOURCE = "io.github.minutebook.json.source";
  static final Path CLASSES = Path.of("target/classes");

  @Test
  void isNamedAsTheAutomaticModuleNameWas() throws IOException {
    assertEquals(NAME, descriptor().name());
  }

  @Test
  void exportsTheApiPackageOnly() throws IOException {
    ModuleDescriptor descriptor = descriptor();

    assertEquals(Set.of(API, INTERNAL, SOURCE), descriptor.packages());
    assertEquals(Set.of(API), descriptor.exports().stream().filter(e -> !e.isQualified()).map(Exports::source)
        .collect(toSet()));
    // reading other systems' JSON serves Minutebook's own importers, not users
    assertEquals(Map.of(SOURCE, Set.of("io.github.minutebook.oparl", "io.github.minutebook.legistar")),
        descriptor.exports().stream().filter(Exports::isQualified).collect(toMap(Exports::source, Exports::targets)));
    assertTrue(descriptor.opens().isEmpty(), "nothing is opened for deep reflection");
    assertFalse(descriptor.isOpen());
  }

  @Test
  void passesOnCoreAndJacksonToItsReaders() throws IOException {
    Map<String, Set<Requires.Modifier>> requires = descriptor().requires().stream()
        .filter(r -> !r.name().equals("java.base"))
        .collect(toMap(Requires::name, Requires::modifiers));

    assertEquals(Map.of(
        "io.github.minutebook.core", Set.of(Requires.Modifier.TRANSITIVE),
        "tools.jackson.core", Set.of(Requires.Modifier.TRANSITIVE),
        "tools.jackson.databind", Set.of(Requires.Modifier.TRANSITIVE),
        "com.google.common", Set.of(),
        "org.jspecify", Set.of(Requires.Modifier.STATIC),
        "com.google.errorprone.annotations", Set.of(Requires.Modifier.STATIC)), requires);
  }

  @Test
  void providesTheJacksonModuleAsTheServicesFileDoes() throws IOException {
    Set<Provides> provides = descriptor().provides();
    Path servicesFile = Path.of("src/main/resources/META-INF/services", JacksonModule.class.getName());
    List<String> listed = Files.readAllLines(servicesFile, UTF_8).stream()
        .map(String::strip)
        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
        .toList();

    assertEquals(1, provides.size());
    Provides jackson = provides.iterator().next();
    assertEquals(JacksonModule.class.getName(), jackson.service());
    assertEquals(List.of(MinutebookModule.class.getName()), jackson.providers());
    assertEquals(jackson.providers(), listed);
  }

  /** Surefire runs these tests inside the module, on the module path, with the rules above in force. */
  @Test
  void runsAsTheNamedModuleThatHidesItsCodecs() throws IOException {
    Module module = MinutebookJson.class.getModule();

    assertTrue(module.isNamed(), "the tests run on the module path");
    assertEquals(NAME, module.getName());
    assertTrue(module.isExported(API));
    assertFalse(module.isExported(INTERNAL));
    assertFalse(module.isOpen(INTERNAL));
    assertEquals(descriptor().exports(), module.getDescriptor().exports());
    Module core = Meeting.class.getModule();
    assertEquals("io.github.minutebook.core", core.getName());
    assertTrue(core.isExported("io.github.minutebook.internal.shape", module), "core shares its shapes with this module");
    assertFalse(core.isExported("io.github.minutebook.internal.shape"));
  }

  /** Jackson's own service lookup (databind declares the {@code uses}) finds the module once. */
  @Test
  void jacksonFindsTheModuleAsAService() {
    assertEquals(1, JsonMapper.builder().findAndAddModules().build().registeredModules().stream()
        .filter(m -> m instanceof MinutebookModule)
        .count());
  }

  static ModuleDescriptor descriptor() throws IOException {
    try (InputStream in = Files.newInputStream(CLASSES.resolve("module-info.class"))) {
      return ModuleDescriptor.read(in, ModuleDescriptorTest::packages);
    }
  }

  /** The packages of io-json's compiled classes. */
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
