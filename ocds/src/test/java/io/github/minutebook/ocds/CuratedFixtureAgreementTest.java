package io.github.minutebook.ocds;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.minutebook.json.testing.FixtureAgreement;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * The importer against people: io-json's corpus holds twenty of the same Contracts Finder notices
 * mapped by hand to Minutebook records, with an inventory of every fact in them, each quoted from
 * the source and placed at a JSON Pointer of the record. This counts how many of those facts the
 * importer puts at the same place with the same value. The hand mapping read prose too (a framework
 * named in a description, a postcode at the end of a street address), which the importer does not
 * guess at, so agreement below 100% is expected; the figure is pinned so that it can only rise.
 */
class CuratedFixtureAgreementTest {
  @Test
  void theImporterPutsMostHandMappedFactsWhereAPersonPutThem() throws IOException {
    FixtureAgreement agreement = FixtureAgreement.measure("contracts-finder", OcdsImport.standard()::read);

    assertEquals(20, agreement.documents());
    assertEquals(1414, agreement.facts());
    // 70.4%: the rest are readings of prose (frameworks, lots, joint buyers), locations and kinds a
    // person inferred, and tender values of 0, which the hand mapping kept and the importer reads
    // as no value given
    assertEquals(995, agreement.agreed(), () -> "missed: " + agreement.missedByField());
  }
}
