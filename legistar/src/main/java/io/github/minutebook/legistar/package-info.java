/**
 * Meetings, agenda items, votes and legislation read from Legistar, the system many US and
 * Canadian cities publish their council business with: its Web API JSON (Bodies, Events,
 * EventItems, Votes, Matters, MatterHistories, Persons, Indexes, MatterIndexes) and its InSite
 * web pages (the calendar and the legislation search).
 *
 * <p>{@link io.github.minutebook.legistar.LegistarImport} maps Web API rows already fetched;
 * {@link io.github.minutebook.legistar.InSitePages} maps the tables of saved InSite pages; {@link
 * io.github.minutebook.legistar.LegistarClient} reads a city live, paged, politely and resumably,
 * through the shared {@code http} module; {@link io.github.minutebook.legistar.LegistarFiles} reads
 * a folder of saved Web API responses, joining rows across files. Each
 * value comes with notes on what was read as meant, what the model has no place for, and what
 * could not be mapped. See {@code docs/legistar.md} for what maps where.
 */
@NullMarked
package io.github.minutebook.legistar;

import org.jspecify.annotations.NullMarked;
