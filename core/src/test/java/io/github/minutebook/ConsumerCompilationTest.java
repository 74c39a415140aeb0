package io.github.minutebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javax.tools.JavaCompiler;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A consumer compiles against core with every lint warning as an error and without Immutables on
 * its class path: the generated code leaves nothing behind that its compiler cannot resolve.
 */
class ConsumerCompilationTest {
  private static final String SOURCE = """
      import io.github.minutebook.meeting.Meeting;
      import io.github.minutebook.money.Amount;
      import io.github.minutebook.money.Money;
      import io.github.minutebook.procurement.EvaluationCriterion;
      public class Consumer {
        public static String use() {
          Amount amount = Amount.of(Money.of("1", "GBP")).withAsWritten("£1");
          Meeting meeting = Meeting.builder().build().withLocation("Bromley Civic Centre");
          return amount + " " + meeting.location().orElse("") + EvaluationCriterion.of("price", 60);
        }
      }
      """;

  @Test
  void compilesWithLintAsErrorsAndNoImmutablesOnTheClassPath(@TempDir Path out) {
    String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(entry -> !entry.contains("immutables"))
        .collect(Collectors.joining(File.pathSeparator));
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    StringWriter diagnostics = new StringWriter();
    SimpleJavaFileObject source = new SimpleJavaFileObject(URI.create("string:///Consumer.java"), SimpleJavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return SOURCE;
      }
    };
    boolean compiled = compiler.getTask(diagnostics, null, null,
        List.of("-Xlint:all", "-Werror", "--release", "17", "-cp", classPath, "-d", out.toString()), null, List.of(source)).call();
    assertEquals("", diagnostics.toString());
    assertTrue(compiled);
    assertTrue(Files.exists(out.resolve("Consumer.class")));
  }
}
