package io.github.minutebook.examples;

import io.github.minutebook.exchange.ConversionNote;
import io.github.minutebook.exchange.Converted;
import io.github.minutebook.json.MinutebookJson;
import io.github.minutebook.meeting.CouncilRecord;
import io.github.minutebook.meeting.DecisionRecord;
import io.github.minutebook.ocds.OcdsChecks;
import io.github.minutebook.ocds.OcdsExporter;
import io.github.minutebook.ocds.OcdsImport;
import io.github.minutebook.ocds.ReleasePackageWriter;
import io.github.minutebook.procurement.ContractAward;
import io.github.minutebook.validation.ValidationReport;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A meeting's contract decisions as an OCDS release package, and the package read back as contract
 * notices and checked: what a transparency feed does with minutes.
 *
 * <pre>
 * java -cp examples/target/minutebook-examples.jar io.github.minutebook.examples.ContractsToOcds \
 *     examples/data/bromley-executive-2016-09-14.json
 * </pre>
 */
public final class ContractsToOcds {
  /** The meeting read when no file is named. */
  public static final Path DEFAULT_FILE = Path.of("examples/data/bromley-executive-2016-09-14.json");

  private ContractsToOcds() {}

  /** Runs on the file named, or on the Bromley Executive. */
  public static void main(String[] args) throws IOException {
    run(args.length > 0 ? Path.of(args[0]) : DEFAULT_FILE, System.out);
  }

  /**
   * Exports the contract awards of the record in {@code file}, prints what the export could not
   * carry, then imports the package and prints each notice with its checks.
   *
   * @return the release package's bytes
   */
  public static byte[] run(Path file, PrintStream out) throws IOException {
    CouncilRecord record = MinutebookJson.standard().decodeRecord(Files.readAllBytes(file));

    // 1. out: one release for every contract award; your ocid prefix, name and address
    OcdsExporter exporter = OcdsExporter.builder("ocds-abc123")
        .publisher("London Borough of Bromley")
        .packageUri("https://example.org/ocds/bromley-2016-09-14.json")
        .build();
    ByteArrayOutputStream releases = new ByteArrayOutputStream();
    try (ReleasePackageWriter writer = exporter.writer(releases)) {
      List<ConversionNote> notes = writer.write(record);
      out.println("Exported " + writer.releaseCount() + " releases; " + notes.size() + " notes on what OCDS cannot hold");
    }

    // 2. back in: each release a contract notice, checked with the OCDS checks
    try (Stream<Converted<DecisionRecord>> notices = OcdsImport.standard()
        .read(new ByteArrayInputStream(releases.toByteArray()))) {
      notices.forEach(notice -> notice.value().ifPresentOrElse(decision -> {
        ContractAward award = decision.decisions().get(0).parts().get(0).contractAwards().get(0);
        ValidationReport report = OcdsChecks.validator().validate(decision);
        out.println("  " + award.stage().name().toLowerCase(java.util.Locale.ROOT) + ": " + award.subject()
            + " (" + report.violations().size() + " findings)");
      }, () -> out.println("  not read: " + notice.notes())));
    }
    return releases.toByteArray();
  }
}
