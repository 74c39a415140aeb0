package io.github.minutebook.funding;

/** How a component relates to the headline amount of its allocation. */
public enum ComponentRelation {
  /** Part of the headline amount ("of which £50k for the CRM review"). */
  INCLUDED,
  /** On top of the headline amount ("plus the cost of six FTE care worker posts (£188k p.a.)"). */
  ADDITIONAL
}
