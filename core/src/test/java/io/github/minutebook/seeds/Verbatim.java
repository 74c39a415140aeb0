package io.github.minutebook.seeds;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutebook.agenda.AgendaItem;
import io.github.minutebook.agenda.Paragraph;
import io.github.minutebook.condition.Condition;
import io.github.minutebook.decision.Resolution;
import io.github.minutebook.decision.ResolutionPart;
import io.github.minutebook.funding.FundingAllocation;
import io.github.minutebook.money.Amount;
import io.github.minutebook.meeting.Meeting;
import io.github.minutebook.procurement.ContractAward;
import io.github.minutebook.recommendation.Recommendation;
import io.github.minutebook.reference.MinuteReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.function.Executable;

/**
 * Checks that every field of a fixture that claims to quote the minutes does quote them: titles,
 * narrative paragraphs, resolution parts and preambles, conditions, amounts and periods as
 * written, notes, declarations, recommendations and minute references.
 */
public final class Verbatim {
  private final SeedText seed;
  private final List<Executable> checks = new ArrayList<>();

  private Verbatim(SeedText seed) {
    this.seed = seed;
  }

  /** Asserts that every verbatim field of {@code meeting} occurs in {@code seed}; reports all misses at once. */
  public static void assertQuotedFrom(Meeting meeting, SeedText seed) {
    Verbatim v = new Verbatim(seed);
    v.meeting(meeting);
    assertTrue(v.checks.size() > 0, "the fixture quotes nothing");
    assertAll(v.checks);
  }

  /** How many verbatim fields the fixture has: a test can assert the audit covered the document. */
  public static int countQuotedFields(Meeting meeting, SeedText seed) {
    Verbatim v = new Verbatim(seed);
    v.meeting(meeting);
    return v.checks.size();
  }

  private void quote(String where, Optional<String> text) {
    text.ifPresent(t -> quote(where, t));
  }

  private void quote(String where, String text) {
    checks.add(() -> assertTrue(seed.contains(text), () -> where + " is not in the minutes: \"" + text + "\""));
  }

  private void meeting(Meeting m) {
    m.proceduralNotes().forEach(n -> quote("procedural note", n.text()));
    m.declarations().forEach(d -> {
      quote("declaration nature", d.nature());
      quote("declaration action", d.actionAsWritten());
    });
    m.adjournment().ifPresent(a -> quote("adjournment reason", a.reason()));
    for (int i = 0; i < m.agendaItems().size(); i++) {
      item("agendaItems[" + i + "]", m.agendaItems().get(i));
    }
  }

  private void item(String path, AgendaItem item) {
    quote(path + ".title", item.title());
    quote(path + ".urgencyReason", item.urgencyReason());
    quote(path + ".outcomeReason", item.outcomeReason());
    item.narrative().forEach(p -> paragraph(path + ".narrative", p));
    item.postMeetingNotes().forEach(n -> quote(path + ".postMeetingNote", n.text()));
    item.minuteReferences().forEach(r -> minuteReference(path + ".minuteReference", r));
    item.recommendations().forEach(r -> recommendation(path + ".recommendation", r));
    item.resolutions().forEach(r -> resolution(path + ".resolution", r));
  }

  private void paragraph(String path, Paragraph p) {
    quote(path + " paragraph " + p.number().orElse(""), p.text());
    p.points().forEach(point -> paragraph(path, point));
  }

  private void minuteReference(String path, MinuteReference r) {
    quote(path, r.asWritten());
  }

  private void recommendation(String path, Recommendation r) {
    quote(path + " " + r.number().orElse("") + " text", r.text());
  }

  private void resolution(String path, Resolution r) {
    quote(path + ".preamble", r.preamble());
    r.parts().forEach(p -> part(path, p));
  }

  private void part(String path, ResolutionPart p) {
    String here = path + " part (" + p.label().orElse("") + ")";
    quote(here, p.text());
    p.conditions().forEach(c -> condition(here, c));
    p.fundingAllocations().forEach(f -> funding(here, f));
    p.contractAwards().forEach(c -> contract(here, c));
    p.parts().forEach(sub -> part(here, sub));
  }

  private void condition(String path, Condition c) {
    quote(path + " condition", c.text());
  }

  private void amount(String path, Amount a) {
    quote(path + " amount", a.asWritten());
    a.period().ifPresent(d -> quote(path + " period", d.asWritten()));
  }

  private void funding(String path, FundingAllocation f) {
    amount(path + " funding", f.amount());
    f.fullYearEffect().ifPresent(a -> amount(path + " full-year effect", a));
    f.components().forEach(c -> amount(path + " component", c.amount()));
    f.recharges().forEach(r -> amount(path + " recharge", r.amount()));
    f.conditions().forEach(c -> condition(path + " funding", c));
  }

  private void contract(String path, ContractAward c) {
    quote(path + " procurement method", c.methodAsWritten());
    quote(path + " method rationale", c.methodRationale());
    c.value().ifPresent(a -> amount(path + " contract value", a));
    c.term().ifPresent(t -> quote(path + " term", t.asWritten()));
    c.conditions().forEach(cond -> condition(path + " contract", cond));
  }
}
