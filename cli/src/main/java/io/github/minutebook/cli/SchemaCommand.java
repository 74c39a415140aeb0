package io.github.minutebook.cli;

import io.github.minutebook.json.MinutebookJson;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code minutebook schema}: prints the JSON Schema of the format. */
@Command(name = "schema", mixinStandardHelpOptions = true, versionProvider = MinutebookCommand.Version.class,
    description = "Prints the JSON Schema (draft 2020-12) of Minutebook documents.",
    footer = {"", "Exit codes: 0 printed, 2 the schema is missing from this build or could",
        "not be written."})
final class SchemaCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String schema;
    try {
      schema = MinutebookJson.schema();
    } catch (RuntimeException e) {
      err.println("minutebook: the JSON Schema is not in this build (" + MinutebookJson.SCHEMA_RESOURCE
          + " is missing from the class path)");
      err.flush();
      return MinutebookCli.EXIT_USAGE;
    }
    out.print(schema);
    if (!schema.endsWith("\n")) {
      out.println();
    }
    out.flush();
    return MinutebookCli.EXIT_VALID;
  }
}
