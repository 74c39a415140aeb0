package io.github.minutebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A consumer compiles against core with every lint warning as an error and without Immutables
 * anywhere in sight, both as plain code on the class path and as a named module on the module
 * path: the generated code and the module descriptor leave nothing behind that the consumer's
 * compiler cannot resolve or warns about.
 */
class ConsumerCompilationTest {
  private static final String CONSUMER = """
      package consumer;
      import io.github.minutebook.meeting.Meeting;
      import io.github.minutebook.money.Amount;
      import io.github.minutebook.money.Money;
      import io.github.minutebook.procurement.EvaluationCriterion;
      import io.github.minutebook.validation.MeetingValidator;
      public class Consumer {
        public static String use() {
          Amount amount = Amount.of(Money.of("1", "GBP")).withAsWritten("£1");
          Meeting meeting = Meeting.builder().build().withLocation("Bromley Civic Centre");
          return amount + " " + meeting.location().orElse("") + EvaluationCriterion.of("price", 60)
              + MeetingValidator.defaults().validate(meeting).violations().size();
        }
      }
      """;

  private static final String MODULE = """
      module consumer {
        requires io.github.minutebook.core;
      }
      """;

  @Test
  void compilesOnTheClassPathWithLintAsErrorsAndNoImmutables(@TempDir Path dir) throws IOException {
    Path source = write(dir.resolve("src/consumer/Consumer.java"), CONSUMER);
    String classPath = String.join(File.pathSeparator, testPathsWithoutImmutables());

    compile(List.of("-cp", classPath, "-d", dir.resolve("out").toString()), List.of(source));

    assertTrue(Files.exists(dir.resolve("out/consumer/Consumer.class")));
  }

  @Test
  void compilesAsANamedModuleWithLintAsErrorsAndNoImmutables(@TempDir Path dir) throws IOException {
    Path source = write(dir.resolve("src/consumer/Consumer.java"), CONSUMER);
    Path descriptor = write(dir.resolve("src/module-info.java"), MODULE);
    // Only modules belong on a module path: jars, and directories that hold a module-info.class
    // (core's classes, whichever path the test itself runs on).
    String modulePath = testPathsWithoutImmutables().stream()
        .filter(entry -> entry.endsWith(".jar") || Files.exists(Path.of(entry, "module-info.class")))
        .collect(Collectors.joining(File.pathSeparator));

    compile(List.of("--module-path", modulePath, "-d", dir.resolve("out").toString()), List.of(descriptor, source));

    assertTrue(Files.exists(dir.resolve("out/module-info.class")));
    assertTrue(Files.exists(dir.resolve("out/consumer/Consumer.class")));
  }

  /** Every entry of this test's class path and module path, except the Immutables annotations. */
  private static List<String> testPathsWithoutImmutables() {
    List<String> entries = new ArrayList<>();
    for (String property : List.of("java.class.path", "jdk.module.path")) {
      String value = System.getProperty(property, "");
      Stream.of(value.split(File.pathSeparator))
          .filter(entry -> !entry.isEmpty() && !entry.contains("immutables"))
          .forEach(entries::add);
    }
    return entries;
  }

  private static void compile(List<String> options, List<Path> sources) throws IOException {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    StringWriter diagnostics = new StringWriter();
    List<String> all = new ArrayList<>(List.of("-Xlint:all", "-Werror", "--release", "17"));
    all.addAll(options);
    try (StandardJavaFileManager files = compiler.getStandardFileManager(null, null, null)) {
      boolean compiled = compiler.getTask(diagnostics, files, null, all, null, files.getJavaFileObjectsFromPaths(sources)).call();
      assertEquals("", diagnostics.toString());
      assertTrue(compiled);
    }
  }

  private static Path write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }
}
