package io.github.minutebook.oparl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.minutebook.json.testing.FixtureAgreement;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * The importer against people: io-json's corpus holds five Karlsruhe OParl objects (two meetings,
 * three papers) mapped by hand to Minutebook records, with an inventory of every fact in them,
 * each quoted from the source and placed at a JSON Pointer of the record. This counts how many of
 * those facts the importer puts at the same place with the same value. The hand mapping read the
 * meeting's name too (the body's name, a public and a closed sitting, a budget meeting), judged a
 * meeting held, and read lost motions and urgency, which the importer does not guess at; the figure
 * is pinned so that it can only rise.
 */
class CuratedFixtureAgreementTest {
  @Test
  void theImporterPutsMostHandMappedFactsWhereAPersonPutThem() throws IOException {
    FixtureAgreement agreement = FixtureAgreement.measure("oparl", OparlImport::read);

    assertEquals(5, agreement.documents());
    assertEquals(570, agreement.facts());
    // 98.1%: the rest are the hand mapping's readings of the meeting's name (the body's name, a
    // public and a closed sitting), its judgement that both meetings were held, and its reading of
    // rejected budget motions as motions with a vote and of "keine Abstimmung" as no vote stated
    assertEquals(559, agreement.agreed(), () -> "missed: " + agreement.missedByField());
  }
}
