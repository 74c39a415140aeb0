package io.github.minutebook.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.minutebook.meeting.Meeting;
import io.github.minutebook.seeds.SeedMinutes;
import org.junit.jupiter.api.Test;

class SeedRoundTripTest {
  private final MinutebookJson json = MinutebookJson.standard();

  @Test
  void everySeedMeetingSurvivesEncodingAndDecoding() {
    SeedMinutes.all().forEach((file, meeting) -> {
      byte[] compact = json.encode(meeting);
      Meeting decoded = json.decode(compact);
      assertEquals(meeting, decoded, file);
      assertArrayEquals(compact, json.encode(decoded), file);
      assertEquals(meeting, json.decode(json.encodePretty(meeting)), file);
    });
  }
}
