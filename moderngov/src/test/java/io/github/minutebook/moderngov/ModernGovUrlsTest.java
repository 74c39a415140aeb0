package io.github.minutebook.moderngov;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ModernGovUrlsTest {
  private final ModernGovUrls site = ModernGovUrls.of("https://democracy.manchester.gov.uk/");

  @Test
  void theWebServiceCallsAreAddressedAsModernGovExpects() {
    assertEquals("https://democracy.manchester.gov.uk/mgWebService.asmx/GetCommittees", site.committees().toString());
    assertEquals("https://democracy.manchester.gov.uk/mgWebService.asmx/GetMeetings?lCommitteeId=144"
        + "&sFromDate=01/01/2026&sToDate=31/03/2026",
        site.meetings("144", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)).toString());
    assertEquals("https://democracy.manchester.gov.uk/mgWebService.asmx/GetMeeting?lMeetingId=4967",
        site.meeting("4967").toString());
  }

  @Test
  void thePagesAreAddressedByTheirIds() {
    assertEquals("https://democracy.manchester.gov.uk/ieListDocuments.aspx?CId=144&MId=4967",
        site.meetingPage("144", "4967").toString());
    assertEquals("https://democracy.manchester.gov.uk/ieDecisionDetails.aspx?ID=13567", site.decision("13567").toString());
  }

  @Test
  void idsAreEncodedAndTheBaseMustBeAbsolute() {
    assertEquals("https://x.gov.uk/mgWebService.asmx/GetMeeting?lMeetingId=1%262", ModernGovUrls.of("https://x.gov.uk")
        .meeting("1&2").toString());
    assertThrows(IllegalArgumentException.class, () -> ModernGovUrls.of("democracy.example.gov.uk"));
  }
}
