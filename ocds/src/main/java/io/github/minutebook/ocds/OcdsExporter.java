package io.github.minutebook.ocds;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.github.minutebook.exchange.ConversionNote;
import io.github.minutebook.exchange.Converted;
import io.github.minutebook.meeting.CouncilRecord;
import io.github.minutebook.procurement.ContractAward;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * Exports the contract awards of council records as OCDS 1.1.5 releases: one release for every
 * {@link ContractAward}, wherever it sits in a meeting's resolutions or a decision record's
 * decisions, with what OCDS cannot hold reported beside it.
 *
 * <pre>{@code
 * OcdsExporter exporter = OcdsExporter.builder("ocds-abc123")   // your registered ocid prefix
 *     .publisher("London Borough of Bromley")
 *     .packageUri("https://example.org/ocds/2016-09-14.json")
 *     .license("https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/")
 *     .build();
 *
 * for (Converted<ObjectNode> release : exporter.releases(meeting)) {
 *   release.value().ifPresent(json -> System.out.println(json.get("ocid")));
 *   release.notes().forEach(System.err::println); // NOT_CARRIED ocds.condition at agendaItems[9]...
 * }
 *
 * try (ReleasePackageWriter writer = exporter.writer(out)) {   // one release package, streamed
 *   for (CouncilRecord record : records) {
 *     writer.write(record).forEach(System.err::println);
 *   }
 * }
 * }</pre>
 *
 * <p>The output is deterministic: the same records give the same bytes, with fields in a fixed
 * order; no clock is read. An exporter is immutable and may be shared between threads; each
 * {@link ReleasePackageWriter} belongs to one thread.
 *
 * <p>How each field of a contract award maps to OCDS, and what cannot be carried, is in
 * {@code docs/ocds.md}.
 */
public final class OcdsExporter {
  /** The OCDS version the releases follow, as a package's {@code version} field gives it. */
  public static final String OCDS_VERSION = "1.1";

  /**
   * The extensions the releases may use, as the package's {@code extensions} lists them: lots (a
   * procurement's lots, and the single lot that carries award criteria), award criteria, renewal
   * (options to extend a term), techniques (framework agreements and dynamic purchasing systems),
   * suitability (SMEs), party scale (SMEs among suppliers) and the United Kingdom's extension
   * (suitability for VCSEs, durations in months).
   */
  public static final List<String> EXTENSIONS = List.of(
      "https://raw.githubusercontent.com/open-contracting-extensions/ocds_lots_extension/master/extension.json",
      "https://raw.githubusercontent.com/open-contracting-extensions/ocds_awardCriteria_extension/master/extension.json",
      "https://raw.githubusercontent.com/open-contracting-extensions/ocds_renewal_extension/master/extension.json",
      "https://raw.githubusercontent.com/open-contracting-extensions/ocds_techniques_extension/master/extension.json",
      "https://raw.githubusercontent.com/open-contracting-extensions/ocds_suitability_extension/master/extension.json",
      "https://raw.githubusercontent.com/open-contracting-extensions/ocds_partyDetails_scale_extension/master/extension.json",
      "https://raw.githubusercontent.com/cabinetoffice/ocds_uk_extension/main/extension.json");

  /** OCDS's form of an ocid prefix: {@code ocds-} and six lower-case letters or digits. */
  private static final Pattern OCID_PREFIX = Pattern.compile("ocds-[a-z0-9]{6}");

  private final String ocidPrefix;
  private final @Nullable String publisher;
  private final @Nullable String publisherUri;
  private final @Nullable String packageUri;
  private final @Nullable String license;
  private final @Nullable String publicationPolicy;
  private final @Nullable OffsetDateTime publishedDate;

  private OcdsExporter(Builder builder) {
    this.ocidPrefix = builder.ocidPrefix;
    this.publisher = builder.publisher;
    this.publisherUri = builder.publisherUri;
    this.packageUri = builder.packageUri;
    this.license = builder.license;
    this.publicationPolicy = builder.publicationPolicy;
    this.publishedDate = builder.publishedDate;
  }

  /**
   * A builder for an exporter that gives its releases ocids under {@code ocidPrefix}, the prefix
   * the Open Contracting Partnership registered for the publisher.
   *
   * @throws IllegalArgumentException if {@code ocidPrefix} is not of OCDS's form {@code
   *     ocds-[a-z0-9]{6}} ({@code ocds-b5fd17})
   */
  public static Builder builder(String ocidPrefix) {
    return new Builder(ocidPrefix);
  }

  /** The ocid prefix: {@code ocds-abc123}. */
  public String ocidPrefix() {
    return ocidPrefix;
  }

  /** The publisher's name, for the package's {@code publisher.name}, where set. */
  public Optional<String> publisher() {
    return Optional.ofNullable(publisher);
  }

  /** The publisher's web address, for the package's {@code publisher.uri}, where set. */
  public Optional<String> publisherUri() {
    return Optional.ofNullable(publisherUri);
  }

  /** The package's own address, for its {@code uri}, where set. */
  public Optional<String> packageUri() {
    return Optional.ofNullable(packageUri);
  }

  /** The licence's address, for the package's {@code license}, where set. */
  public Optional<String> license() {
    return Optional.ofNullable(license);
  }

  /** The publication policy's address, for the package's {@code publicationPolicy}, where set. */
  public Optional<String> publicationPolicy() {
    return Optional.ofNullable(publicationPolicy);
  }

  /**
   * When the package is published, for its {@code publishedDate}, where set; also the date of a
   * release whose record gives no date at all.
   */
  public Optional<OffsetDateTime> publishedDate() {
    return Optional.ofNullable(publishedDate);
  }

  /**
   * The releases of one record: one {@link Converted} for each contract award in it, in document
   * order, holding the release (an OCDS 1.1.5 release with the {@link #EXTENSIONS}) and the notes
   * on what the release could not carry (kind {@code NOT_CARRIED}) or left out (kind {@code
   * LEFT_OUT}), each with the Minutebook path of the award and a code starting {@code ocds.}. An
   * award no release can be made of (it has no date, nor has its record) has no value and a note of
   * kind {@code FAILED}. A record without contract awards gives an empty list.
   *
   * <pre>{@code
   * List<Converted<ObjectNode>> releases = exporter.releases(meeting);
   * releases.get(0).source(); // "agendaItems[5].resolutions[0].parts[1].contractAwards[0] (ocid ocds-abc123-...)"
   * }</pre>
   */
  public List<Converted<ObjectNode>> releases(CouncilRecord record) {
    Objects.requireNonNull(record, "record");
    List<OcdsExportAwards.Found> awards = OcdsExportAwards.in(record);
    if (awards.isEmpty()) {
      return List.of();
    }
    String recordKey = OcdsExportRelease.recordKey(record);
    Set<String> usedIds = new HashSet<>();
    List<Converted<ObjectNode>> releases = new ArrayList<>(awards.size());
    for (OcdsExportAwards.Found found : awards) {
      releases.add(new OcdsExportRelease(this, record, found, recordKey, usedIds).build());
    }
    return releases;
  }

  /**
   * A writer of one release package to {@code out}, in UTF-8: the package's metadata at once, then
   * the releases of each record {@linkplain ReleasePackageWriter#write given to it}, then the end
   * of the package when it is {@linkplain ReleasePackageWriter#close closed}. {@code out} is not
   * closed.
   *
   * @throws IllegalStateException if the publisher or the package's address is not set: OCDS
   *     requires both of a package, and neither can be made up
   */
  public ReleasePackageWriter writer(OutputStream out) {
    Objects.requireNonNull(out, "out");
    if (publisher == null || packageUri == null) {
      throw new IllegalStateException("a release package needs its publisher's name and its own address (uri):"
          + " set them with OcdsExporter.Builder.publisher and packageUri");
    }
    return new ReleasePackageWriter(this, out);
  }

  /** The notes of every converted value in {@code releases}, in order. */
  static List<ConversionNote> notesOf(List<Converted<ObjectNode>> releases) {
    ImmutableList.Builder<ConversionNote> notes = ImmutableList.builder();
    releases.forEach(release -> notes.addAll(release.notes()));
    return notes.build();
  }

  /** Whether {@code text} is an absolute URI, as OCDS's {@code uri} format asks. */
  static boolean isUri(String text) {
    if (text.isEmpty()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c <= ' ' || c >= 0x7f) { // RFC 3986: ASCII only, no spaces or controls
        return false;
      }
    }
    try {
      return new URI(text).isAbsolute();
    } catch (URISyntaxException e) {
      return false;
    }
  }

  /** Builds an {@link OcdsExporter}. Only the ocid prefix is required. */
  public static final class Builder {
    private final String ocidPrefix;
    private @Nullable String publisher;
    private @Nullable String publisherUri;
    private @Nullable String packageUri;
    private @Nullable String license;
    private @Nullable String publicationPolicy;
    private @Nullable OffsetDateTime publishedDate;

    private Builder(String ocidPrefix) {
      checkArgument(OCID_PREFIX.matcher(ocidPrefix).matches(),
          "\"%s\" is not an ocid prefix: OCDS's prefixes are \"ocds-\" and six lower-case letters or digits"
              + " (\"ocds-b5fd17\")", ocidPrefix);
      this.ocidPrefix = ocidPrefix;
    }

    /** The publisher's name, for the package: "London Borough of Bromley". */
    public Builder publisher(String name) {
      checkArgument(!name.isBlank(), "the publisher's name is blank");
      this.publisher = name;
      return this;
    }

    /** The publisher's web address, for the package. */
    public Builder publisherUri(String uri) {
      this.publisherUri = checkUri("publisherUri", uri);
      return this;
    }

    /** The package's own address: where a copy of it can be found. */
    public Builder packageUri(String uri) {
      this.packageUri = checkUri("packageUri", uri);
      return this;
    }

    /** The address of the licence the data is published under. */
    public Builder license(String uri) {
      this.license = checkUri("license", uri);
      return this;
    }

    /** The address of the publisher's publication policy. */
    public Builder publicationPolicy(String uri) {
      this.publicationPolicy = checkUri("publicationPolicy", uri);
      return this;
    }

    /**
     * When the package is published. Without it, no clock is read: the package's {@code
     * publishedDate} is the latest date of its releases, written after them.
     */
    public Builder publishedDate(OffsetDateTime date) {
      checkArgument(OcdsExportRelease.dateTime(date).isPresent(), "%s cannot be written as an RFC 3339 date-time", date);
      this.publishedDate = date;
      return this;
    }

    /** The exporter. */
    public OcdsExporter build() {
      return new OcdsExporter(this);
    }

    private static String checkUri(String what, String uri) {
      checkArgument(isUri(uri), "%s \"%s\" is not an absolute URI", what, uri);
      return uri;
    }
  }
}
