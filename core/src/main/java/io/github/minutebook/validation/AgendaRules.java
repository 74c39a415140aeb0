package io.github.minutebook.validation;

import static io.github.minutebook.validation.Severity.ERROR;
import static io.github.minutebook.validation.Severity.INFO;
import static io.github.minutebook.validation.Severity.WARNING;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import io.github.minutebook.agenda.Access;
import io.github.minutebook.agenda.AgendaItem;
import io.github.minutebook.agenda.ItemKind;
import io.github.minutebook.agenda.ItemLink;
import io.github.minutebook.agenda.ItemOutcome;
import io.github.minutebook.agenda.Paragraph;
import io.github.minutebook.decision.PartEffect;
import io.github.minutebook.decision.ResolutionPart;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Rules on agenda items: titles, exempt business, links, outcomes. */
final class AgendaRules {
  /** Effects that decide something, which a deferred item cannot have. */
  static final Set<PartEffect> DECIDING = Sets.immutableEnumSet(EnumSet.of(
      PartEffect.APPROVE, PartEffect.AWARD_CONTRACT, PartEffect.ALLOCATE_FUNDING,
      PartEffect.AUTHORISE_PROCUREMENT, PartEffect.DELEGATE));

  private AgendaRules() {}

  /** Reports every part, at any depth, whose effect decides something. */
  private static void deciding(List<ResolutionPart> parts, String at, RuleContext c, int depth) {
    if (depth > Traversal.MAX_DEPTH) {
      return; // reported as too deep by the traversal
    }
    for (int p = 0; p < parts.size(); p++) {
      String here = at + ".parts[" + p + "]";
      if (DECIDING.contains(parts.get(p).effect())) {
        c.report(here + ".effect", "The item is deferred, yet this part has the effect {effect}", "effect",
            parts.get(p).effect());
      }
      deciding(parts.get(p).parts(), here, c, depth + 1);
    }
  }

  static List<Rule<?>> all() {
    return ImmutableList.of(
        Rule.of(AgendaItem.class, "agenda.blank-title", ERROR,
            "An agenda item's title, where it has one, is not blank (an item known only by its number has none).",
            (item, c) -> {
              if (item.title().isPresent() && Documents.isBlank(item.title().get())) {
                c.report("title", "The agenda item's title is blank");
              }
            }),
        Rule.of(AgendaItem.class, "agenda.exempt-without-grounds", ERROR,
            "Exempt or confidential business cites the legal grounds for excluding the public.",
            (item, c) -> {
              if (item.access().isPresent() && item.access().get() != Access.PUBLIC && item.exemptionGrounds().isEmpty()) {
                c.report("exemptionGrounds", "The item is {access} but the record cites no grounds for excluding the public",
                    "access", item.access().get());
              }
            }),
        Rule.of(AgendaItem.class, "agenda.grounds-on-public-item", WARNING,
            "Only exempt or confidential business cites grounds for excluding the public; the resolution that excludes "
                + "the public, itself taken in public, cites the grounds for the items after it and passes.",
            (item, c) -> {
              if (item.access().orElse(null) == Access.PUBLIC && !item.exemptionGrounds().isEmpty()
                  && item.kind() != ItemKind.EXCLUSION_OF_PRESS_AND_PUBLIC) {
                c.report("exemptionGrounds", "The item is public but cites grounds for excluding the public");
              }
            }),
        Rule.of(AgendaItem.class, "agenda.urgency-reason-without-urgency", WARNING,
            "An item that gives a reason for urgency is not marked as not urgent.",
            (item, c) -> {
              if (item.urgencyReason().isPresent() && item.urgent().equals(Optional.of(false))) {
                c.report("urgent", "The item gives a reason for urgency but is marked as not urgent");
              }
            }),
        Rule.of(AgendaItem.class, "agenda.deferred-with-decision", ERROR,
            "A deferred item has no part or sub-part that approves, awards, allocates, authorises or delegates.",
            (item, c) -> {
              if (item.outcome().orElse(null) != ItemOutcome.DEFERRED) {
                return;
              }
              for (int r = 0; r < item.resolutions().size(); r++) {
                deciding(item.resolutions().get(r).parts(), "resolutions[" + r + "]", c, 0);
              }
            }),
        Rule.of(AgendaItem.class, "agenda.decided-without-resolution", INFO,
            "An item whose outcome is DECIDED or PARTLY_ADOPTED records its resolutions.",
            (item, c) -> {
              ItemOutcome outcome = item.outcome().orElse(null);
              if ((outcome == ItemOutcome.DECIDED || outcome == ItemOutcome.PARTLY_ADOPTED) && item.resolutions().isEmpty()) {
                c.report("resolutions", "The item is {outcome} but the minutes record no resolution",
                    "outcome", outcome == ItemOutcome.DECIDED ? "decided" : "partly adopted");
              }
            }),
        Rule.of(ItemLink.class, "agenda.link-unknown-item", ERROR,
            "A link between items points to an item that exists in the meeting.",
            (link, c) -> {
              if (!Documents.isItem(c, link.target())) {
                c.report("target", "The link points to item {item}, which the meeting does not have", "item", link.target());
              }
            }),
        Rule.of(ItemLink.class, "agenda.link-to-itself", ERROR,
            "An item does not link to itself.",
            (link, c) -> c.nearest(AgendaItem.class).ifPresent(item -> {
              if (link.target().equals(item.id().orElse(null))
                  || link.target().equals(item.minuteNumber().orElse(null))
                  || link.target().equals(item.agendaNumber().orElse(null))) {
                c.report("target", "The item links to itself ({item})", "item", link.target());
              }
            })),
        Rule.of(Paragraph.class, "agenda.blank-paragraph", WARNING,
            "Narrative paragraphs have text.",
            (p, c) -> {
              if (Documents.isBlank(p.text())) {
                c.report("text", "The paragraph has no text");
              }
            }));
  }
}
