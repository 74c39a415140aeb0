package io.github.minutebook.reference;

import io.github.minutebook.party.Party;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An officer's report considered at a meeting, by its reference as written: "CS17036",
 * "FSD16061", "CS 17029r", "CS17030b"; or, where the minutes give none, by its title or its
 * author ("a report of the Governance and Scrutiny Support Unit").
 *
 * <pre>{@code
 * ReportReference report = ReportReference.of("CS17036");
 * }</pre>
 */
@Value.Immutable
public abstract class ReportReference implements WithReportReference {
  ReportReference() {}

  /** The report's reference exactly as written, spaces and suffixes included ("CS 17029r"), where it has one. */
  public abstract Optional<String> reference();

  /** The report's title, where given. */
  public abstract Optional<String> title();

  /** Where the report is published, where known. */
  public abstract Optional<Document> document();

  /** The part of the report referred to: "paragraph 5.3", "section 4", "Appendix B". */
  public abstract Optional<String> section();

  /** Who wrote the report, where named. */
  public abstract List<Party> authors();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReportReference}. */
  public static final class Builder extends ImmutableReportReference.Builder {}

  /** A report known by its reference only. */
  public static ReportReference of(String reference) {
    return builder().reference(reference).build();
  }
}
