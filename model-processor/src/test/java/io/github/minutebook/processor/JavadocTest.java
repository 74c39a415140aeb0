package io.github.minutebook.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Javadoc becomes the plain text that the schema and the format docs show. */
class JavadocTest {
  private static final Set<String> CODE_LISTS = Set.of("ItemKind", "io.github.minutebook.agenda.ItemKind");

  private static String text(String doc) {
    return Javadoc.description(doc, null, CODE_LISTS);
  }

  private static String first(String doc) {
    return Javadoc.firstSentence(doc, null, CODE_LISTS);
  }

  @Test
  void inlineTagsReadAsTheirText() {
    assertEquals("A List<String> of 1 < 2 & more.", text(" A {@code List<String>} of {@literal 1 < 2 & more}.\n"));
    assertEquals("Braces {a} and {b} kept.", text("Braces {@code {a}} and {@code {b}} kept."));
    assertEquals("See the parts, label and the Resolution.",
        text("See the {@link #parts() parts}, {@link ResolutionPart#label()} and the {@link io.x.Resolution}."));
    assertEquals("An x(int, int).", text("An {@link Foo#x(int, int) x(int, int)}."));
  }

  @Test
  void aConstantOfACodeListReadsAsItsWrittenValueAndNoOtherConstantDoes() {
    assertEquals("What it is; \"other\" unless set, as \"part-two\" is.",
        text("What it is; {@link ItemKind#OTHER} unless set, as {@link io.github.minutebook.agenda.ItemKind#PART_TWO} is."));
    assertEquals("Zero is ZERO.", text("Zero is {@link Money#ZERO}."));
  }

  @Test
  void codeExamplesHtmlAndBlockTagsAreLeftOut() {
    String doc = """
         The sum.

         <p>As in:
         <PRE class="x">{@code
         @Override Money m = Money.of("1", "GBP");
         }</PRE>
         and <em>more</em>:<ul><li>one<li>two</ul>
         @param x not this
         @return nor this
        """;
    assertEquals("The sum. As in: and more : one two", text(doc));
  }

  @Test
  void entitiesAreDecodedOnce() {
    assertEquals("£949k – “quoted” & <kept> &lt; §3 é",
        text("&pound;949k &ndash; &ldquo;quoted&rdquo; &amp; &lt;kept&gt; &amp;lt; &sect;3 &#233;"));
  }

  @Test
  void theFirstSentenceEndsAtAPeriodAndASpaceButNotAtAnAbbreviationOrEllipsis() {
    assertEquals("A resolution: \"RESOLVED that: (1) ... (2) ...\", as written.",
        first("A resolution: \"RESOLVED that: (1) ... (2) ...\", as written. More here."));
    assertEquals("Costs (e.g. staff, i.e. posts) of £188k p.a. in all.",
        first("Costs (e.g. staff, i.e. posts) of £188k p.a. in all. Then more."));
    assertEquals("Adjourned at 10.12pm.", first("Adjourned at 10.12pm. Resumed later."));
    assertEquals("No period at all", first("No period at all"));
  }
}
