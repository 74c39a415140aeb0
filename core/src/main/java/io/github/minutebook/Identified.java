package io.github.minutebook;

import java.util.Optional;

/**
 * A record of a meeting that others refer to by an identifier, which is unique within the
 * meeting: the meeting itself, its agenda items, resolutions and their parts, recommendations,
 * actions, funding allocations and contract awards. Declarations, links between items and
 * decision trackers point at these records by their identifiers, and the validators check that
 * no two share one.
 *
 * <p>People and bodies may carry identifiers too, but the same person appears many times in one
 * meeting (present, speaking, declaring an interest), so theirs are not identifiers of records.
 */
public interface Identified {
  /** The record's identifier, unique within its meeting, if it has one. */
  Optional<String> id();
}
