package io.github.minutebook.seeds;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutebook.agenda.Action;
import io.github.minutebook.agenda.AgendaItem;
import io.github.minutebook.agenda.Paragraph;
import io.github.minutebook.condition.Condition;
import io.github.minutebook.decision.Delegation;
import io.github.minutebook.decision.Resolution;
import io.github.minutebook.decision.ResolutionPart;
import io.github.minutebook.funding.FundingAllocation;
import io.github.minutebook.funding.FundingSource;
import io.github.minutebook.meeting.Attendance;
import io.github.minutebook.money.Amount;
import io.github.minutebook.meeting.Meeting;
import io.github.minutebook.procurement.ContractAward;
import io.github.minutebook.procurement.ExistingContract;
import io.github.minutebook.procurement.Framework;
import io.github.minutebook.recommendation.ProgressUpdate;
import io.github.minutebook.recommendation.Recommendation;
import io.github.minutebook.recommendation.RecommendationResponse;
import io.github.minutebook.reference.LegalBasis;
import io.github.minutebook.reference.MinuteReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.function.Executable;

/**
 * Checks that every field of a fixture that claims to quote the minutes does quote them: titles,
 * the agenda's descriptions, narrative paragraphs, resolution parts and preambles, conditions,
 * amounts and periods as written, notes (procedural, post-meeting and attendance), declarations,
 * recommendations (their text and subject, responses and progress updates), actions and when
 * they are due, delegations' scope, legal citations, frameworks and lots, existing contracts'
 * descriptions, funding sources' names and minute references.
 *
 * <p>Fields that hold a normalised value rather than a quote are not audited: names of people
 * and bodies (split or expanded from the minutes' wording), posts, and the subject of a contract
 * award, the purpose of a funding allocation and a funding component's description, which
 * describe rather than quote.
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
    m.attendance().forEach(a -> attendance("attendance", a));
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

  private void attendance(String path, Attendance a) {
    quote(path + " note of " + a.person().displayName(), a.note());
  }

  private void item(String path, AgendaItem item) {
    quote(path + ".title", item.title());
    quote(path + ".agendaDescription", item.agendaDescription());
    item.exemptionGrounds().forEach(g -> legalBasis(path + ".exemptionGround", g));
    quote(path + ".urgencyReason", item.urgencyReason());
    quote(path + ".outcomeReason", item.outcomeReason());
    item.narrative().forEach(p -> paragraph(path + ".narrative", p));
    item.postMeetingNotes().forEach(n -> quote(path + ".postMeetingNote", n.text()));
    item.minuteReferences().forEach(r -> minuteReference(path + ".minuteReference", r));
    item.recommendations().forEach(r -> recommendation(path + ".recommendation", r));
    item.actions().forEach(a -> action(path + ".action", a));
    item.resolutions().forEach(r -> resolution(path + ".resolution", r));
  }

  private void legalBasis(String path, LegalBasis l) {
    quote(path + " citation", l.citation());
  }

  private void action(String path, Action a) {
    quote(path + " description", a.description());
    quote(path + " due when", a.dueWhen());
  }

  private void paragraph(String path, Paragraph p) {
    quote(path + " paragraph " + p.number().orElse(""), p.text());
    p.points().forEach(point -> paragraph(path, point));
  }

  private void minuteReference(String path, MinuteReference r) {
    quote(path, r.asWritten());
  }

  private void recommendation(String path, Recommendation r) {
    String here = path + " " + r.number().orElse("");
    quote(here + " text", r.text());
    quote(here + " subject", r.subject());
    r.response().ifPresent(response -> response(here + " response", response));
    r.progressUpdates().forEach(u -> progress(here + " progress update", u));
  }

  private void response(String path, RecommendationResponse r) {
    quote(path + " text", r.text());
  }

  private void progress(String path, ProgressUpdate u) {
    quote(path, u.text());
    u.recordedAt().ifPresent(ref -> minuteReference(path + " recorded at", ref));
  }

  private void resolution(String path, Resolution r) {
    quote(path + ".preamble", r.preamble());
    r.parts().forEach(p -> part(path, p));
  }

  private void part(String path, ResolutionPart p) {
    String here = path + " part (" + p.label().orElse("") + ")";
    quote(here, p.text());
    p.delegation().ifPresent(d -> delegation(here, d));
    p.conditions().forEach(c -> condition(here, c));
    p.fundingAllocations().forEach(f -> funding(here, f));
    p.contractAwards().forEach(c -> contract(here, c));
    p.parts().forEach(sub -> part(here, sub));
  }

  private void delegation(String path, Delegation d) {
    quote(path + " delegation scope", d.scope());
    d.limit().ifPresent(a -> amount(path + " delegation limit", a));
    d.source().ifPresent(ref -> minuteReference(path + " delegation source", ref));
  }

  private void condition(String path, Condition c) {
    quote(path + " condition", c.text());
  }

  private void amount(String path, Amount a) {
    quote(path + " amount", a.asWritten());
    a.period().ifPresent(d -> quote(path + " period", d.asWritten()));
  }

  private void funding(String path, FundingAllocation f) {
    amount(path + " funding", f.amount().orElseThrow());
    f.fullYearEffect().ifPresent(a -> amount(path + " full-year effect", a));
    f.components().forEach(c -> amount(path + " component", c.amount()));
    f.recharges().forEach(r -> amount(path + " recharge", r.amount()));
    f.fundingSources().forEach(s -> fundingSource(path + " funding source", s));
    f.legalBasis().ifPresent(l -> legalBasis(path + " funding legal basis", l));
    f.conditions().forEach(c -> condition(path + " funding", c));
  }

  private void fundingSource(String path, FundingSource s) {
    quote(path + " name", s.name());
    s.amount().ifPresent(a -> amount(path, a));
  }

  private void contract(String path, ContractAward c) {
    quote(path + " procurement method", c.methodAsWritten());
    quote(path + " method rationale", c.methodRationale());
    c.values().forEach(a -> amount(path + " contract value", a));
    c.term().ifPresent(t -> quote(path + " term", t.asWritten()));
    c.framework().ifPresent(f -> framework(path + " framework", f));
    c.conditions().forEach(cond -> condition(path + " contract", cond));
    c.existingContract().ifPresent(e -> existingContract(path + " existing contract", e));
  }

  private void framework(String path, Framework f) {
    quote(path + " name", f.name());
    quote(path + " lot", f.lot());
  }

  private void existingContract(String path, ExistingContract e) {
    quote(path + " description", e.description());
    e.framework().ifPresent(f -> framework(path + " framework", f));
  }
}
