package io.github.minutebook.reference;

import io.github.minutebook.agenda.Access;
import io.github.minutebook.meeting.Provenance;
import io.github.minutebook.party.Party;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A document that belongs to or is cited by the minutes: a report, an appendix, an action plan,
 * a supporting document.
 *
 * <p>The address is kept as the text the publisher gave; the validators check that it is a
 * well-formed URI. Publishers that keep files as records of their own (an OParl {@code File}, a
 * ModernGov attachment) give them an identifier, a file name, a second address to download from,
 * a size and a place among an item's attachments; each is kept where given.
 *
 * <pre>{@code
 * Document file = Document.builder()
 *     .id("https://web1.karlsruhe.de/oparl/bodies/0001/files/659366")
 *     .title("Beschlussvorlage").kind(DocumentKind.REPORT)
 *     .address("https://web1.karlsruhe.de/oparl/bodies/0001/downloadfiles/a/00659366.pdf")
 *     .downloadAddress("https://web1.karlsruhe.de/oparl/bodies/0001/downloadfiles/00659366.pdf")
 *     .fileName("00659366.pdf").mediaType("application/pdf")
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Document implements WithDocument {
  Document() {}

  /**
   * The publisher's identifier of the document, as given: an OParl File's URL, a ModernGov
   * attachment id, a Legistar video's event id.
   */
  public abstract Optional<String> id();

  /** The document's title, where given. */
  public abstract Optional<String> title();

  /** What kind of document it is; {@link DocumentKind#OTHER} unless set. */
  @Value.Default
  public DocumentKind kind() {
    return DocumentKind.OTHER;
  }

  /** The document's number among the attachments of its item or record, as written: "1", "A". */
  public abstract Optional<String> number();

  /** Where the document is published (a URL), as given. */
  public abstract Optional<String> address();

  /**
   * A second address, where the publisher gives one to download the file from rather than to view
   * it (OParl {@code downloadUrl} beside {@code accessUrl}).
   */
  public abstract Optional<String> downloadAddress();

  /** The file's name, as given: "00659366.pdf". */
  public abstract Optional<String> fileName();

  /** The media type, such as {@code application/pdf}. */
  public abstract Optional<String> mediaType();

  /** The file's size as the publisher states it: "119 KB", or a count of bytes ("121856"). */
  public abstract Optional<String> size();

  /**
   * Whether the document is public or withheld, where the publisher says (ModernGov's {@code
   * isrestricted}; "Appendix 2 is exempt").
   */
  public abstract Optional<Access> access();

  /** The document's language, as a BCP 47 tag, where the publisher gives it. */
  public abstract Optional<String> language();

  /**
   * Whether the publisher marks the document as holding personal data (Ahjo's "Sisältää
   * henkilötietoja" / "Ei sisällä henkilötietoja"), where it says.
   */
  public abstract Optional<Boolean> personalData();

  /** Who tabled or handed up the document at the meeting, for a paper tabled there. */
  public abstract Optional<Party> tabledBy();

  /** The date of the document (published, or as dated). */
  public abstract Optional<LocalDate> date();

  /** When the publisher created and last changed its record of the document. */
  public abstract Optional<Provenance> provenance();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Document}. */
  public static final class Builder extends ImmutableDocument.Builder {}

  /** A document known by kind and title. */
  public static Document of(DocumentKind kind, String title) {
    return builder().kind(kind).title(title).build();
  }
}
