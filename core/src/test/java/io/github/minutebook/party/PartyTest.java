package io.github.minutebook.party;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.junit.jupiter.api.Test;

class PartyTest {
  @Test
  void namesACouncillorWithTitleAndHonours() {
    Person bennett = Person.builder()
        .honorific("Councillor").name("Nicholas Bennett").addPostNominal("J.P.").build();
    assertEquals("Councillor Nicholas Bennett J.P.", bennett.displayName());
  }

  @Test
  void namesSomeoneKnownOnlyByPost() {
    assertEquals("Commercial Director", Person.ofPost("Commercial Director").displayName());
    assertEquals("(unnamed person)", Person.builder().build().displayName());
  }

  @Test
  void aPartyIsAPersonOrABody() {
    Party party = Body.builder().name("Bromley Clinical Commissioning Group").abbreviation("BCCG")
        .kind(BodyKind.HEALTH_BODY).build();
    String described = party instanceof Body b
        ? "body " + b.abbreviation().orElse(b.displayName())
        : "person " + party.displayName();
    assertEquals("body BCCG", described);
    assertInstanceOf(Body.class, party);
  }
}
