/**
 * Council committees, meetings and decisions read from ModernGov, the committee management system
 * of most UK councils: the XML of its web service {@code mgWebService.asmx} ({@code
 * GetCommittees}, {@code GetMeetings}, {@code GetMeeting}) and the HTML of its decision pages
 * ({@code ieDecisionDetails.aspx}, the list of {@code mgDelegatedDecisions.aspx}).
 *
 * <p>{@link io.github.minutebook.moderngov.ModernGovImport} maps responses already fetched to
 * bodies, meetings and decision records, each as a {@link io.github.minutebook.exchange.Converted}
 * with notes on what was read as meant, what the model has no place for, and what could not be
 * mapped. XML is parsed with DTDs and external entities refused. {@link
 * io.github.minutebook.moderngov.ModernGovClient} fetches a council's committees and meetings live,
 * politely and resumably, through the shared {@code http} module; {@link
 * io.github.minutebook.moderngov.ModernGovFiles} reads a folder of responses saved before, without
 * the network. See {@code docs/moderngov.md}
 * for what maps where.
 */
@NullMarked
package io.github.minutebook.moderngov;

import org.jspecify.annotations.NullMarked;
