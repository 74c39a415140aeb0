/**
 * Council meetings and papers read from OParl 1.1, the JSON interface of German council
 * information systems (System, Body, Organization, Person, Meeting, AgendaItem, Consultation,
 * Paper, File, linked by URL).
 *
 * <p>{@link io.github.minutebook.oparl.OparlImport} maps objects already fetched (a Meeting with
 * its embedded agenda items, a Paper with its consultations, a list page or a saved array) to
 * meetings and decision records, each with notes on what was read as meant, what the model has no
 * place for, and what could not be mapped. See {@code docs/oparl.md} for what maps where.
 */
@NullMarked
package io.github.minutebook.oparl;

import org.jspecify.annotations.NullMarked;
