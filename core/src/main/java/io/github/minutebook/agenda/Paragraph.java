package io.github.minutebook.agenda;

import io.github.minutebook.party.Party;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A paragraph of an item's narrative, with its number where the minutes number it ("7.1", "(iv)"),
 * its speaker where it is attributed, and bullet points beneath it.
 *
 * <pre>{@code
 * Paragraph.builder()
 *     .kind(ParagraphKind.STATEMENT)
 *     .addSpeaker(Person.ofPost("Commercial Director"))
 *     .text("In response to several questions, the Commercial Director stated that:")
 *     .addPoint(Paragraph.of("A Business Forum Newsletter was sent out ..."))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Paragraph implements WithParagraph {
  Paragraph() {}

  /** The paragraph's number as written: "7.1", "(iv)". */
  public abstract Optional<String> number();

  /** What the paragraph does; a summary unless set. */
  @Value.Default
  public ParagraphKind kind() {
    return ParagraphKind.SUMMARY;
  }

  /**
   * Who is speaking, where the paragraph is attributed: usually one person, sometimes several
   * ("The Chief Executive and Executive Member made a number of comments").
   */
  public abstract List<Party> speakers();

  /** The paragraph's words, verbatim. */
  public abstract String text();

  /** The language of the text as a BCP 47 tag, where the minutes are in more than one. */
  public abstract Optional<String> language();

  /** Bullet points beneath the paragraph, each a paragraph in its own right. */
  public abstract List<Paragraph> points();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Paragraph}. */
  public static final class Builder extends ImmutableParagraph.Builder {}

  /** An unnumbered, unattributed summary paragraph. */
  public static Paragraph of(String text) {
    return builder().text(text).build();
  }
}
