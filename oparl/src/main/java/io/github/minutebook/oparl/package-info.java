/**
 * Council meetings and papers read from OParl 1.1, the JSON interface of German council
 * information systems (System, Body, Organization, Person, Meeting, AgendaItem, Consultation,
 * Paper, File, linked by URL).
 *
 * <p>{@link io.github.minutebook.oparl.OparlImport} maps objects already fetched (a Meeting with
 * its embedded agenda items, a Paper with its consultations, a list page or a saved array) to
 * meetings and decision records, each with notes on what was read as meant, what the model has no
 * place for, and what could not be mapped. {@link io.github.minutebook.oparl.OparlExporter} goes
 * the other way: a meeting as an OParl Meeting (agenda items, location and files embedded), a
 * decision record as a Paper, with the Organizations, Persons and Consultations they refer to, under
 * URLs kept from the source or minted from Minutebook ids under a base URL; {@link
 * io.github.minutebook.oparl.OparlListWriter} streams them as one list page. {@link
 * io.github.minutebook.oparl.OparlClient} reads a live server: a Body's (or every Body of a
 * System's) meeting and paper lists, page by page along {@code links.next}, politely through the
 * {@code http} module's client and resumably through its checkpoint. See {@code docs/oparl.md} for
 * what maps where.
 */
@NullMarked
package io.github.minutebook.oparl;

import org.jspecify.annotations.NullMarked;
