package io.github.minutebook.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code minutebook} command itself: with no subcommand it shows its usage and fails. */
@Command(name = "minutebook", mixinStandardHelpOptions = true,
    versionProvider = MinutebookCommand.Version.class,
    description = "Validates, converts, describes and summarises Minutebook JSON: council minutes as data.",
    footer = {"", "Exit codes: 0 all valid, 1 invalid data, 2 unreadable input, unwritable",
        "report or bad usage, 3 internal error.",
        "See docs/cli.md for the report formats."})
final class MinutebookCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getErr().println("minutebook: missing a command: validate, schema or summarize");
    spec.commandLine().usage(spec.commandLine().getErr());
    return MinutebookCli.EXIT_USAGE;
  }

  /** The project's version, from the build. */
  static String version() {
    try (InputStream in = MinutebookCommand.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Tells picocli the version for {@code --version}. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"minutebook " + version(),
          "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")"};
    }
  }
}
