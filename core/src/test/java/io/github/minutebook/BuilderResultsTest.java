package io.github.minutebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutebook.meeting.Meeting;
import io.github.minutebook.validation.MeetingValidator;
import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages are {@code @CheckReturnValue}, so a user's Error Prone build rejects an ignored
 * result. Every builder method that returns its builder carries {@code @CanIgnoreReturnValue} in the
 * class file, where the user's compiler reads it, so that {@code builder.addAgendaItem(item)} in a
 * loop compiles; {@code build()} does not, so that a built value is never dropped by mistake.
 * Immutables adds the annotation to the builders it generates only while {@link MinutebookStyle}
 * allows it.
 */
class BuilderResultsTest {
  private static final String CAN_IGNORE = "com.google.errorprone.annotations.CanIgnoreReturnValue";
  /** A method's line in {@code javap -v}: modifiers and return type, name, parameters. */
  private static final Pattern METHOD = Pattern.compile("  (.*) (\\w+)\\((.*)\\);");

  @Test
  void builderMethodsMayHaveTheirResultIgnoredButBuildMayNot() throws Exception {
    Path classes = Path.of(Meeting.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> builders = new ArrayList<>();
    try (Stream<Path> files = Files.walk(classes)) {
      files.map(file -> classes.relativize(file).toString().replace(File.separatorChar, '/'))
          .filter(file -> file.matches("(.*/)?Immutable[^/$]*\\$Builder\\.class"))
          .map(file -> file.substring(0, file.length() - ".class".length()).replace('/', '.'))
          .sorted()
          .forEach(builders::add);
    }
    builders.add(MeetingValidator.Builder.class.getName());

    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    List<String> arguments = new ArrayList<>(List.of("-v", "-cp", classes.toString()));
    arguments.addAll(builders);
    int status = ToolProvider.findFirst("javap").orElseThrow()
        .run(new PrintWriter(out), new PrintWriter(err), arguments.toArray(String[]::new));
    assertEquals(0, status, err.toString());

    List<String> wrong = new ArrayList<>();
    int returningBuilder = 0;
    int builds = 0;
    String method = null;
    boolean annotated = false;
    for (String line : (out + "Classfile end\n").split("\n")) {
      Matcher header = METHOD.matcher(line);
      if (header.matches() || line.startsWith("Classfile ")) {
        if (method != null) {
          boolean build = method.endsWith(" build()");
          boolean returnsBuilder = method.split(" ")[0].endsWith("Builder");
          if (build) {
            builds++;
            if (annotated) {
              wrong.add("ignorable: " + method);
            }
          } else if (returnsBuilder) {
            returningBuilder++;
            if (!annotated) {
              wrong.add("not ignorable: " + method);
            }
          }
        }
        method = null;
        annotated = false;
        if (header.matches() && header.group(1).startsWith("public ")) {
          String[] modifiersAndType = header.group(1).split(" ");
          method = modifiersAndType[modifiersAndType.length - 1] + " " + header.group(2) + "(" + header.group(3) + ")";
        }
      } else if (method != null && line.strip().equals(CAN_IGNORE)) {
        annotated = true;
      }
    }
    assertEquals(List.of(), wrong);
    assertEquals(builders.size(), builds, "every builder has build()");
    assertTrue(returningBuilder > 10 * builders.size(), "found only " + returningBuilder + " builder methods");
  }
}
