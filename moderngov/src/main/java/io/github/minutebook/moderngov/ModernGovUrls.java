package io.github.minutebook.moderngov;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The addresses of a ModernGov site's web service and pages, from the site's base address
 * ({@code https://democracy.manchester.gov.uk}): {@code GetCommittees}, {@code GetMeetings} for a
 * committee and a date range (dates as {@code dd/MM/yyyy}), {@code GetMeeting}, and the decision
 * details page. {@link ModernGovClient} fetches them.
 *
 * <pre>{@code
 * ModernGovUrls site = ModernGovUrls.of("https://democracy.manchester.gov.uk/");
 * URI meetings = site.meetings("144", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31));
 * // https://democracy.manchester.gov.uk/mgWebService.asmx/GetMeetings?lCommitteeId=144&sFromDate=01/01/2026&sToDate=31/03/2026
 * }</pre>
 */
public final class ModernGovUrls {
  private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.ROOT);
  private final String base;

  private ModernGovUrls(String base) {
    this.base = base;
  }

  /**
   * A site by its base address, with or without a closing slash.
   *
   * @param base the site's address, such as {@code https://democracy.manchester.gov.uk}
   * @return the site's addresses
   * @throws IllegalArgumentException if {@code base} is not an absolute http or https address
   */
  public static ModernGovUrls of(String base) {
    URI uri = URI.create(base.strip());
    if (!uri.isAbsolute() || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
      throw new IllegalArgumentException("a ModernGov site needs an absolute http(s) address, not " + base);
    }
    String b = uri.toString();
    while (b.endsWith("/")) {
      b = b.substring(0, b.length() - 1);
    }
    return new ModernGovUrls(b);
  }

  /** The site's base address, without a closing slash. */
  public String base() {
    return base;
  }

  /** {@code GetCommittees}: every committee of the site. */
  public URI committees() {
    return URI.create(base + "/mgWebService.asmx/GetCommittees");
  }

  /**
   * {@code GetMeetings}: a committee's meetings between two dates, both included.
   *
   * @param committeeId the committee's id ({@code committeeid})
   * @param from the first date
   * @param to the last date
   * @return the address
   */
  public URI meetings(String committeeId, LocalDate from, LocalDate to) {
    return URI.create(base + "/mgWebService.asmx/GetMeetings?lCommitteeId=" + encode(committeeId) + "&sFromDate="
        + from.format(UK_DATE) + "&sToDate=" + to.format(UK_DATE));
  }

  /**
   * {@code GetMeeting}: one meeting with its agenda items, documents and attendees.
   *
   * @param meetingId the meeting's id ({@code meetingid})
   * @return the address
   */
  public URI meeting(String meetingId) {
    return URI.create(base + "/mgWebService.asmx/GetMeeting?lMeetingId=" + encode(meetingId));
  }

  /**
   * The meeting's own page: its agenda, papers and minutes.
   *
   * @param committeeId the committee's id
   * @param meetingId the meeting's id
   * @return the address
   */
  public URI meetingPage(String committeeId, String meetingId) {
    return URI.create(base + "/ieListDocuments.aspx?CId=" + encode(committeeId) + "&MId=" + encode(meetingId));
  }

  /**
   * A decision's details page ({@code ieDecisionDetails.aspx?ID=…}).
   *
   * @param decisionId the decision's id
   * @return the address
   */
  public URI decision(String decisionId) {
    return URI.create(base + "/ieDecisionDetails.aspx?ID=" + encode(decisionId));
  }

  private static String encode(String value) {
    return URLEncoder.encode(value.strip(), StandardCharsets.UTF_8);
  }
}
