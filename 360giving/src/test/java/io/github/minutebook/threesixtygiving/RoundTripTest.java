package io.github.minutebook.threesixtygiving;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutebook.calendar.DateRange;
import io.github.minutebook.decision.Resolution;
import io.github.minutebook.decision.ResolutionPart;
import io.github.minutebook.exchange.ConversionNote;
import io.github.minutebook.exchange.ConversionNote.Kind;
import io.github.minutebook.exchange.Converted;
import io.github.minutebook.funding.FundingAllocation;
import io.github.minutebook.funding.FundingStatus;
import io.github.minutebook.meeting.CouncilRecord;
import io.github.minutebook.meeting.DecisionRecord;
import io.github.minutebook.meeting.Meeting;
import io.github.minutebook.money.Amount;
import io.github.minutebook.money.Money;
import io.github.minutebook.party.Body;
import io.github.minutebook.party.Party;
import io.github.minutebook.party.Person;
import io.github.minutebook.testing.RandomMeetings;
import io.github.minutebook.testing.RandomMeetings.Shape;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Minutebook to 360Giving and back keeps every fact 360Giving can hold, and 360Giving to Minutebook
 * and back gives the same grants: on the made-up community grants, and on generated records.
 */
class RoundTripTest {
  private static final JsonMapper JSON = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES).build();

  @Test
  void theCommunityGrantsComeBackWithWhatAGrantHolds() {
    List<DecisionRecord> back = roundTrip(Anytown.communityChest());
    assertEquals(3, back.size());

    DecisionRecord larder = back.get(0);
    assertEquals(Optional.of(Anytown.COUNCIL), larder.authority());
    assertEquals(Optional.of(LocalDate.of(2024, 10, 2)), larder.decisionDate());
    assertEquals(Anytown.communityChest().provenance().orElseThrow().address(),
        larder.provenance().orElseThrow().address());
    assertEquals(Anytown.communityChest().provenance().orElseThrow().modified(),
        larder.provenance().orElseThrow().modified());
    // what the first grant held, less its amount's basis and words and its funding source
    FundingAllocation original = allocation(Anytown.communityChest(), 0);
    assertEquals(FundingAllocation.builder()
            .id("360G-anytown-ODR-2024-017-d0.p0.a0")
            .purpose(original.purpose().orElseThrow())
            .programme(original.programme().orElseThrow())
            .amount(Amount.builder().money(Money.of("4500", "GBP"))
                .period(original.amount().orElseThrow().period().orElseThrow()).build())
            .status(FundingStatus.APPROVED)
            .recipient(Anytown.LARDER)
            .build(),
        allocation(larder, 0));
    assertEquals(allocationPart(Anytown.communityChest(), 0).text(), allocationPart(larder, 0).text());

    // the scouts come back with the id the writer made them; the hardship grant's title is the record's
    assertEquals(Optional.of(Anytown.SCOUTS.withId("360G-anytown-ORG-1st-anytown-scout-group")),
        allocation(back.get(1), 0).recipient());
    assertEquals(Optional.of("Community Chest grants, October 2024"), allocation(back.get(2), 0).purpose());
    assertEquals(allocation(Anytown.communityChest(), 2).recipient(), allocation(back.get(2), 0).recipient());
  }

  @Test
  void generatedRecordsKeepEveryFactAGrantHolds() {
    int records = 0;
    int allocations = 0;
    int grants = 0;
    Map<String, Integer> leftOut = new TreeMap<>();
    Map<String, Integer> notCarried = new TreeMap<>();
    for (CouncilRecord record : RandomMeetings.records(20261205L, Shape.WIRE_SAFE, 800).toList()) {
      records++;
      List<Placed> placed = allocations(record);
      allocations += placed.size();
      ExportTest.Written first = ExportTest.write(GrantWriter.builder(Anytown.PREFIX), record);
      Set<String> left = new HashSet<>();
      for (ConversionNote note : first.notes()) {
        if (note.kind() == Kind.LEFT_OUT && note.path().matches(".*fundingAllocations\\[\\d+]")) {
          left.add(note.path());
          leftOut.merge(note.code(), 1, Integer::sum);
        } else if (note.kind() == Kind.NOT_CARRIED) {
          notCarried.merge(note.path().replaceAll("\\[\\d+]", "[]").replaceAll("^.*fundingAllocations\\[]\\.?", ""),
              1, Integer::sum);
        }
      }
      List<Placed> exported = placed.stream().filter(p -> !left.contains(p.path())).toList();
      List<JsonNode> written = first.grants();
      assertEquals(exported.size(), written.size(), "every allocation is a grant or left out: " + first.notes());
      if (written.isEmpty()) {
        continue;
      }
      grants += written.size();
      assertEquals(List.of(), GrantSchema.errors(first.bytes()).stream().limit(5).toList(), first.text());

      List<Converted<DecisionRecord>> read = read(first.bytes());
      assertTrue(read.stream().allMatch(Converted::isConverted), () -> read.toString());
      List<JsonNode> again = new ArrayList<>();
      for (int i = 0; i < read.size(); i++) {
        DecisionRecord back = read.get(i).value().orElseThrow();
        facts(record, exported.get(i), back);
        again.addAll(ExportTest.write(GrantWriter.builder(Anytown.PREFIX), back).grants());
      }
      assertEquals(written, again, "360Giving to Minutebook and back gives other grants");
    }
    System.out.println("RoundTripTest: " + records + " generated records, " + allocations + " funding allocations, "
        + grants + " grants round-tripped; left out " + leftOut + "; not carried " + notCarried);
    assertTrue(grants > 100, "too few generated grants to tell: " + grants);
  }

  @Test
  void recordsOfAnyShapeGiveValidGrantsOrNotesAndNeverAnError() {
    int grants = 0;
    for (CouncilRecord record : RandomMeetings.records(7L, Shape.ANY, 250).toList()) {
      ExportTest.Written written = ExportTest.write(GrantWriter.builder(Anytown.PREFIX), record);
      if (!written.grants().isEmpty()) {
        grants += written.grants().size();
        assertEquals(List.of(), GrantSchema.errors(written.bytes()).stream().limit(5).toList(), written.text());
      }
    }
    assertTrue(grants > 10, "too few generated grants to tell: " + grants);
  }

  /** The facts a grant holds, compared between the allocation written and the record read back. */
  private static void facts(CouncilRecord record, Placed placed, DecisionRecord back) {
    FundingAllocation original = placed.allocation();
    FundingAllocation read = allocation(back, 0);
    String at = placed.path();
    assertEquals(record.authority().flatMap(Body::name), back.authority().flatMap(Body::name), at);
    assertEquals(record.authority().orElseThrow().kind(), back.authority().orElseThrow().kind(), at);
    assertEquals(Optional.of(placed.resolution().decisionDate().orElseGet(() -> recordDate(record))),
        back.decisionDate(), at);
    assertEquals(original.amount().map(Amount::money), read.amount().map(Amount::money), at);
    assertEquals(original.amount().flatMap(Amount::period).filter(p -> !p.equals(DateRange.builder().build()))
            .map(RoundTripTest::dates),
        read.amount().flatMap(Amount::period).map(RoundTripTest::dates), at);
    original.purpose().ifPresent(purpose -> assertEquals(Optional.of(purpose), read.purpose(), at));
    assertEquals(original.programme(), read.programme(), at);
    assertEquals(Optional.of(FundingStatus.APPROVED), read.status(), at);
    assertEquals(name(original.recipient().orElseThrow()), name(read.recipient().orElseThrow()), at);
    assertEquals(original.recipient().get() instanceof Person, read.recipient().get() instanceof Person, at);
    if (original.recipient().get() instanceof Body body) {
      Body readBody = (Body) read.recipient().get();
      assertEquals(body.kind(), readBody.kind(), at);
      assertEquals(body.address().filter(a -> !a.equals(io.github.minutebook.party.Address.builder().build())),
          readBody.address(), at);
      assertEquals(body.telephone(), readBody.telephone(), at);
      assertEquals(body.email(), readBody.email(), at);
      assertEquals(body.location(), readBody.location(), at);
    }
    assertEquals(placed.part().text(), back.decisions().get(0).parts().get(0).text(), at);
  }

  private static List<Object> dates(DateRange range) {
    return Stream.of(range.start(), range.end(), range.asWritten()).map(o -> (Object) o).toList();
  }

  private static Optional<String> name(Party party) {
    return party instanceof Body body ? body.name() : ((Person) party).name();
  }

  private static LocalDate recordDate(CouncilRecord record) {
    return record instanceof Meeting meeting ? meeting.date().orElseThrow()
        : ((DecisionRecord) record).decisionDate().orElseThrow();
  }

  /** An allocation with where it sits, in the writer's order. */
  record Placed(String path, FundingAllocation allocation, ResolutionPart part, Resolution resolution) {}

  private static List<Placed> allocations(CouncilRecord record) {
    List<Placed> placed = new ArrayList<>();
    if (record instanceof Meeting meeting) {
      for (int i = 0; i < meeting.agendaItems().size(); i++) {
        List<Resolution> resolutions = meeting.agendaItems().get(i).resolutions();
        for (int j = 0; j < resolutions.size(); j++) {
          parts(resolutions.get(j).parts(), "agendaItems[" + i + "].resolutions[" + j + "]", resolutions.get(j), placed);
        }
      }
    } else {
      List<Resolution> decisions = ((DecisionRecord) record).decisions();
      for (int j = 0; j < decisions.size(); j++) {
        parts(decisions.get(j).parts(), "decisions[" + j + "]", decisions.get(j), placed);
      }
    }
    return placed;
  }

  private static void parts(List<ResolutionPart> parts, String path, Resolution resolution, List<Placed> into) {
    for (int k = 0; k < parts.size(); k++) {
      ResolutionPart part = parts.get(k);
      String at = path + ".parts[" + k + "]";
      for (int m = 0; m < part.fundingAllocations().size(); m++) {
        into.add(new Placed(at + ".fundingAllocations[" + m + "]", part.fundingAllocations().get(m), part, resolution));
      }
      parts(part.parts(), at, resolution, into);
    }
  }

  private static List<DecisionRecord> roundTrip(CouncilRecord record) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GrantWriter writer = GrantWriter.builder(Anytown.PREFIX).build(out)) {
      writer.write(record).forEach(note -> { });
    }
    return read(out.toByteArray()).stream().map(c -> c.value().orElseThrow()).toList();
  }

  private static List<Converted<DecisionRecord>> read(byte[] bytes) {
    try (Stream<Converted<DecisionRecord>> grants = GrantReader.read(new ByteArrayInputStream(bytes))) {
      return grants.toList();
    }
  }

  private static ResolutionPart allocationPart(DecisionRecord record, int part) {
    return record.decisions().get(0).parts().get(part);
  }

  private static FundingAllocation allocation(DecisionRecord record, int part) {
    return allocationPart(record, part).fundingAllocations().get(0);
  }
}
