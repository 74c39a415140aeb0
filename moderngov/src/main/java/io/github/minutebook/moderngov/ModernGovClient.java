package io.github.minutebook.moderngov;

import io.github.minutebook.exchange.ConversionNote;
import io.github.minutebook.exchange.ConversionNote.Kind;
import io.github.minutebook.exchange.Converted;
import io.github.minutebook.http.Checkpoint;
import io.github.minutebook.http.CouncilServiceException;
import io.github.minutebook.http.PoliteClient;
import io.github.minutebook.http.RequestOptions;
import io.github.minutebook.http.Response;
import io.github.minutebook.meeting.Meeting;
import io.github.minutebook.party.Body;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A live client for a council's ModernGov web service: {@code GetCommittees}, then {@code
 * GetMeetings} for each committee over a date range, then {@code GetMeeting} for each meeting
 * listed, each meeting delivered as a {@link Converted} to a callback as soon as it is read.
 *
 * <p>Every request goes through a {@link PoliteClient} (rate limit, retries with back-off, {@code
 * Retry-After}) and expects XML, so a service the council switched off or replaced by an HTML page
 * stops the harvest with a {@link io.github.minutebook.http.ServiceGoneException} that says so.
 *
 * <p>Resumable: a meeting whose id the {@link Checkpoint} holds as done is skipped without a
 * request; a meeting is marked done after the callback returned, and only if it was read (a
 * {@code GetMeeting} that could not be read is delivered failed and asked again on the next run).
 * The committee and meeting lists are asked again on every run: they are a few requests.
 *
 * <p>Nothing is dropped silently: a committee that could not be read (or is marked deleted) is
 * delivered as a failed value with a {@code LEFT_OUT} note {@code moderngov.committee_skipped} (its
 * meetings are not asked for), and a listed meeting that could not be read or has no id with one
 * {@code moderngov.meeting_skipped}.
 *
 * <pre>{@code
 * PoliteClient http = PoliteClient.builder().contact("mailto:me@example.org").build();
 * ModernGovClient client = ModernGovClient.of(
 *     ModernGovUrls.of("https://democracy.manchester.gov.uk"), http,
 *     Checkpoint.inFile(Path.of("manchester.checkpoint")));
 * ModernGovClient.Summary summary = client.harvest(
 *     LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), meeting -> store(meeting));
 * }</pre>
 */
public final class ModernGovClient {
  private static final RequestOptions XML = RequestOptions.defaults().expectingXml();

  private final ModernGovUrls site;
  private final PoliteClient http;
  private final Checkpoint checkpoint;

  private ModernGovClient(ModernGovUrls site, PoliteClient http, Checkpoint checkpoint) {
    this.site = site;
    this.http = http;
    this.checkpoint = checkpoint;
  }

  /**
   * A client for one site.
   *
   * @param site the site's addresses
   * @param http the polite client to fetch with (its rate limit is shared by all its users)
   * @param checkpoint where the meetings done are kept; {@link Checkpoint#inMemory()} for a run
   *     that need not resume
   * @return the client
   */
  public static ModernGovClient of(ModernGovUrls site, PoliteClient http, Checkpoint checkpoint) {
    return new ModernGovClient(site, http, checkpoint);
  }

  /**
   * Reads every committee's meetings between two dates and delivers each, in the order the
   * service lists them. A meeting listed under two committees is asked for once.
   *
   * @param from the first date of the meetings, included
   * @param to the last date, included
   * @param sink receives each meeting (and each committee or listed meeting that could not be
   *     read, as a failed value); it runs on the calling thread
   * @return what was asked and delivered
   * @throws CouncilServiceException if the service gives no usable answer after the client's
   *     retries; the meetings delivered before it are marked done, so a new run resumes after them
   * @throws InterruptedException if interrupted while waiting
   */
  public Summary harvest(LocalDate from, LocalDate to, Consumer<? super Converted<Meeting>> sink)
      throws CouncilServiceException, InterruptedException {
    int requests = 0;
    int committeesRead = 0;
    int delivered = 0;
    int skipped = 0;
    int failed = 0;
    List<Converted<Body>> committees = parseCommittees(http.get(site.committees(), XML));
    requests++;
    for (Converted<Body> committee : committees) {
      Optional<String> committeeId = committee.value().flatMap(Body::id);
      if (committee.value().isEmpty() || committeeId.isEmpty()) {
        sink.accept(leftOut(committee.source(), committee.notes(),
            "moderngov.committee_skipped",
            "the committee could not be read or is deleted: its meetings were not asked for"));
        failed++;
        continue;
      }
      Body body = committee.value().get();
      committeesRead++;
      URI listAddress = site.meetings(committeeId.get(), from, to);
      List<Converted<Meeting>> listed = parseMeetings(http.get(listAddress, XML));
      requests++;
      for (Converted<Meeting> entry : listed) {
        Optional<String> meetingId = entry.value().flatMap(Meeting::id);
        if (meetingId.isEmpty()) {
          sink.accept(leftOut(listAddress + " " + entry.source(), entry.notes(),
              "moderngov.meeting_skipped",
              "the listed meeting could not be read or has no id: it was not asked for"));
          failed++;
          continue;
        }
        String id = meetingId.get();
        if (checkpoint.isDone(id)) {
          skipped++;
          continue;
        }
        URI address = site.meeting(id);
        Response answer = http.get(address, XML);
        requests++;
        Converted<Meeting> meeting;
        try (InputStream in = answer.stream()) {
          meeting = ModernGovImport.meeting(in, address.toString(), body);
        } catch (IOException impossible) {
          throw new IllegalStateException("reading a body held in memory", impossible);
        }
        sink.accept(meeting);
        if (meeting.isConverted()) {
          checkpoint.markDone(id);
          delivered++;
        } else {
          failed++;
        }
      }
    }
    return new Summary(requests, committeesRead, delivered, skipped, failed);
  }

  private static List<Converted<Body>> parseCommittees(Response answer) {
    try (InputStream in = answer.stream()) {
      return ModernGovImport.committees(in);
    } catch (IOException impossible) {
      throw new IllegalStateException("reading a body held in memory", impossible);
    }
  }

  private static List<Converted<Meeting>> parseMeetings(Response answer) {
    try (InputStream in = answer.stream()) {
      return ModernGovImport.meetings(in);
    } catch (IOException impossible) {
      throw new IllegalStateException("reading a body held in memory", impossible);
    }
  }

  private static Converted<Meeting> leftOut(
      String source, List<ConversionNote> notes, String code, String why) {
    List<ConversionNote> all = new ArrayList<>(notes);
    all.add(new ConversionNote(Kind.LEFT_OUT, code, "/", why));
    return Converted.failed(source, all);
  }

  /**
   * What one {@link #harvest} did.
   *
   * @param requests HTTP requests answered (retries not counted; see the client's listener)
   * @param committees committees read whose meetings were listed
   * @param meetingsDelivered meetings read with {@code GetMeeting} and delivered
   * @param meetingsSkipped meetings the checkpoint already held as done, not asked for
   * @param failed failed values delivered: committees or listed meetings left out, meetings that
   *     could not be read
   */
  public record Summary(
      int requests, int committees, int meetingsDelivered, int meetingsSkipped, int failed) {}
}
