package io.github.minutebook.json.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The normalisation of sources and quotes, on shapes taken from the corpus's real sources. */
class SourceTextTest {

  @Test
  void moderngovWordHtmlEscapedInsideXmlIsReadAsText() {
    String xml = "<agendatext>&lt;div class=\"WordSection1\"&gt;\n&lt;p class=\"MsoNormal\"&gt;&lt;span style=\"\"&gt;"
        + "To approve as a correct record\nthe minutes of the meeting held on 25 November 2025.&lt;/span&gt;&lt;/p&gt;\n"
        + "&lt;/div&gt;\n</agendatext>";
    assertEquals("To approve as a correct record the minutes of the meeting held on 25 November 2025.",
        SourceText.normalise(xml, false));
  }

  @Test
  void moderngovSlashesAndSpacesAreNumericReferences() {
    assertEquals("Date of decision: 19/10/2015",
        SourceText.normalise("<p><span  class=\"mgLabel\" >Date of decision: </span>19&#47;10&#47;2015</p>", false));
    assertEquals("Link to issue history", SourceText.decodeEntities("Link&#32;to&#32;issue&#32;history"));
    assertEquals("NRIL (NRIL) ref: 13567", SourceText.decodeEntities("NRIL &#40;NRIL&#41; ref&#58; 13567"));
  }

  @Test
  void entitiesAreDecodedTwiceAsTheSpecSays() {
    assertEquals("Rooms 3 & 4", SourceText.normalise("<td>Rooms 3 &amp;amp; 4</td>", false));
    assertEquals("£535,500 – café", SourceText.decodeEntities("&pound;535,500 &ndash; caf&eacute;"));
    assertEquals("Children's External Placements", SourceText.decodeEntities("Children&#039;s External Placements"));
    assertEquals("\u00a0\u00ff\u00e4", SourceText.decodeEntities("&nbsp;&yuml;&auml;"));
    assertEquals("&unknown; stays", SourceText.decodeEntities("&unknown; stays"));
  }

  @Test
  void commentsAndTagsGoButATextLessThanSignStays() {
    assertEquals("Date", SourceText.normalise("<th abbr='Published' scope='col'>Date<!--Date Made/Published--></th>", false));
    assertEquals("a < b", SourceText.normalise("a &lt; b", false));
  }

  @Test
  void whitespaceIsCollapsedIncludingNoBreakSpaces() {
    assertEquals("DRAFT WP FEBRUARY 2026", SourceText.normalise("<title>DRAFT WP  FEBRUARY 2026</title>", false));
    assertEquals("", SourceText.normalise("<p>&nbsp;</p>", false));
  }

  @Test
  void jsonEscapesAreUndoneInJsonSourcesOnly() {
    String json = "{\"title\": \"Anpassung der Nutzungsentgelte f\\u00fcr die OV Gr\\u00f6tzingen\\r\\n  zur \\\"Ver\\\"\"}";
    String text = SourceText.normalise(json, true);
    assertTrue(text.contains("für die OV Grötzingen zur \"Ver\""), text);
    assertEquals("a\\nb", SourceText.normalise("a\\nb", false));
  }

  @Test
  void theMarkupFormKeepsAttributeValues() {
    String attendee = "<attendee memberid=\"192\" name=\"Councillor Basil Curley\" attendance=\"Expected\">";
    assertEquals("", SourceText.normalise(attendee, false));
    assertTrue(SourceText.withMarkup(attendee, false).contains("attendance=\"Expected\""));
    assertTrue(SourceText.withMarkup("<a href=\"mgIssueHistoryHome.aspx?IId=6535&amp;Opt=0\">", false)
        .contains("mgIssueHistoryHome.aspx?IId=6535&Opt=0"));
  }
}
