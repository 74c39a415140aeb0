package io.github.minutebook.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.minutebook.exchange.ConversionNote.Kind;
import io.github.minutebook.party.Address;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UnmappedTest {
  private static final Address ADDRESS = Address.builder()
      .streetAddress("Marktplatz 1")
      .postalCode("76133")
      .locality("Karlsruhe")
      .countryName("Deutschland")
      .build();

  @Test
  void everyHeldAttributeTheExportDidNotMapIsOneNoteInNameOrder() {
    List<ConversionNote> notes = new ArrayList<>();

    Unmapped.report(ADDRESS, "venue.address", Set.of("streetAddress", "locality"), "oparl.no-field",
        "an OParl Location", notes);

    assertEquals(List.of(
        new ConversionNote(Kind.NOT_CARRIED, "oparl.no-field", "venue.address.countryName",
            "the countryName has no place in an OParl Location; not carried"),
        new ConversionNote(Kind.NOT_CARRIED, "oparl.no-field", "venue.address.postalCode",
            "the postalCode has no place in an OParl Location; not carried")), notes,
        "the region is unknown, so nothing of it is lost");
  }

  @Test
  void aValueAtTheRootIsNamedByItsAttributeAlone() {
    List<ConversionNote> notes = new ArrayList<>();

    Unmapped.report(ADDRESS, "", Set.of("streetAddress", "postalCode", "countryName"), "ocd.no-field",
        "an OCD event's location", notes);

    assertEquals(List.of("locality"), notes.stream().map(ConversionNote::path).toList());
  }

  @Test
  void aValueWhoseEveryHeldAttributeWasMappedAddsNothing() {
    List<ConversionNote> notes = new ArrayList<>();

    Unmapped.report(Address.builder().locality("Karlsruhe").build(), "venue.address", Set.of("locality"),
        "oparl.no-field", "an OParl Location", notes);

    assertEquals(List.of(), notes);
  }
}
