package io.github.minutebook.cli;

import io.github.minutebook.legistar.LegistarImport;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** What reading a Legistar city takes, live ({@code import legistar}) or saved ({@code convert --from legistar}). */
final class LegistarOptions {
  @Option(names = "--client", paramLabel = "NAME", description = "The city's Legistar client name, as in its Web API's"
      + " addresses (chicago, nyc, seattle).")
  @Nullable String client;

  @Option(names = "--zone", paramLabel = "ZONE", description = "The city's time zone, which Legistar does not state,"
      + " such as America/Chicago; without it, meetings' times have no zone.")
  @Nullable ZoneId zone;

  /**
   * The city's client name.
   *
   * @param spec the command, for the usage error
   * @param why what needs it, as {@code --from legistar}
   * @throws ParameterException when it was not given or is not a client name
   */
  String client(CommandSpec spec, String why) {
    if (client == null) {
      throw new ParameterException(spec.commandLine(), why + " needs --client: the records' ids are the Web API's"
          + " addresses, which name the city's client (chicago, nyc, seattle)");
    }
    return client;
  }

  /**
   * The mapping for the city, in its zone where given.
   *
   * @param spec the command, for the usage error
   * @param why what needs it, as {@code --from legistar}
   * @throws ParameterException when the client name is missing or cannot be one
   */
  LegistarImport importer(CommandSpec spec, String why) {
    LegistarImport importer;
    try {
      importer = LegistarImport.forClient(client(spec, why));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--client: " + e.getMessage());
    }
    return zone == null ? importer : importer.inZone(zone);
  }
}
