package io.github.minutebook.reference;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A document that belongs to or is cited by the minutes: a report, an appendix, an action plan,
 * a supporting document.
 *
 * <p>The address is kept as the text the publisher gave; the validators check that it is a
 * well-formed URI.
 */
@Value.Immutable
public abstract class Document implements WithDocument {
  Document() {}

  /** The document's title, where given. */
  public abstract Optional<String> title();

  /** What kind of document it is; {@link DocumentKind#OTHER} unless set. */
  @Value.Default
  public DocumentKind kind() {
    return DocumentKind.OTHER;
  }

  /** Where the document is published (a URL), as given. */
  public abstract Optional<String> address();

  /** The media type, such as {@code application/pdf}. */
  public abstract Optional<String> mediaType();

  /** The date of the document (published, or as dated). */
  public abstract Optional<LocalDate> date();

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
