/**
 * Meetings and votes written as Open Civic Data (OCD) / Popolo JSON: a meeting as an {@code
 * event} (name, start and end, location, status, participants, agenda with related entities,
 * documents, media, sources), and every vote Minutebook records as a {@code vote_event} (motion
 * text, result, counts by option, named votes, organization, start date, bill and legislative
 * session where known).
 *
 * <p>{@link io.github.minutebook.ocd.OcdExporter} gives the objects of one record, each with
 * notes on what OCD could not carry; {@link io.github.minutebook.ocd.OcdWriter} streams them as
 * one JSON array. See {@code docs/ocd.md} for what maps where and what is lost.
 */
@NullMarked
package io.github.minutebook.ocd;

import org.jspecify.annotations.NullMarked;
