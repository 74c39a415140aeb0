package io.github.minutebook.legistar;

import io.github.minutebook.exchange.ConversionNote;
import io.github.minutebook.exchange.ConversionNote.Kind;
import io.github.minutebook.exchange.Converted;
import io.github.minutebook.http.Checkpoint;
import io.github.minutebook.http.CouncilServiceException;
import io.github.minutebook.http.PoliteClient;
import io.github.minutebook.http.RequestOptions;
import io.github.minutebook.http.Response;
import io.github.minutebook.meeting.Meeting;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Fetches one city's meetings from the Legistar Web API through the shared {@link PoliteClient}
 * (rate limit, retries with back-off, timeouts, dead-service errors) and maps them with {@link
 * LegistarImport}: the events since a day, page by page ({@code $top}, {@code $skip}), each
 * event's items ({@code ?AgendaNote=1&MinutesNote=1&Attachments=1}) and each acted-on item's
 * named votes.
 *
 * <pre>{@code
 * PoliteClient http = PoliteClient.builder().contact("clerk-data@example.org").build();
 * LegistarClient chicago = LegistarClient.of(http, WebApi.of("chicago"),
 *     LegistarImport.forClient("chicago").inZone(ZoneId.of("America/Chicago")));
 * Checkpoint checkpoint = Checkpoint.inFile(Path.of("chicago.checkpoint"));
 * LegistarClient.Summary summary = chicago.meetings(LocalDate.of(2024, 1, 1), checkpoint, pipeline::accept);
 * }</pre>
 *
 * <p>The Web API answers HTTP 500 for the votes of an item on which no roll call was recorded:
 * that answer is asked for once, never retried, and read as named votes unknown (a {@link
 * Kind#HANDLED} note {@code legistar.no-votes} on the item). Votes are only asked for items that
 * record an action (an action name, a passed flag or a tally); an item without one has no vote.
 * Every event converted is marked done in the checkpoint ({@code events/{id}}); a later run with
 * the same checkpoint skips them, so an interrupted import resumes where it stopped.
 */
public final class LegistarClient {
  private static final int SERVER_ERROR = 500;

  private final PoliteClient http;
  private final WebApi api;
  private final LegistarImport importer;

  private LegistarClient(PoliteClient http, WebApi api, LegistarImport importer) {
    this.http = http;
    this.api = api;
    this.importer = importer;
  }

  /**
   * A client of one city's Web API.
   *
   * @param http the shared HTTP client
   * @param api the city's Web API addresses
   * @param importer the mapping, for the same client name
   * @return the client
   * @throws IllegalArgumentException when {@code api} and {@code importer} name different clients
   */
  public static LegistarClient of(PoliteClient http, WebApi api, LegistarImport importer) {
    if (!api.client().equals(importer.client())) {
      throw new IllegalArgumentException("the API is for \"" + api.client() + "\", the import for \""
          + importer.client() + "\"");
    }
    return new LegistarClient(http, api, importer);
  }

  /**
   * What one run did.
   *
   * @param events the events converted (or failed) in this run
   * @param skipped the events skipped as done in an earlier run
   * @param pages the pages of events read
   * @param voteRequests the votes asked for
   * @param noVotes the votes answered with HTTP 500, read as unknown
   */
  public record Summary(int events, int skipped, int pages, int voteRequests, int noVotes) {}

  /**
   * Every meeting on or after {@code since}, each handed to {@code sink} as soon as it is read,
   * then marked done in {@code checkpoint}.
   *
   * @param since the first day
   * @param checkpoint where done events are remembered; events already done are skipped
   * @param sink receives each meeting
   * @return what the run did
   * @throws CouncilServiceException when the service gives no usable answer (it is gone, or every
   *     retry failed); the events handed on before are marked done, so a new run resumes
   * @throws InterruptedException when interrupted while waiting
   */
  public Summary meetings(LocalDate since, Checkpoint checkpoint, Consumer<Converted<Meeting>> sink)
      throws CouncilServiceException, InterruptedException {
    int events = 0;
    int skipped = 0;
    int pages = 0;
    int[] votes = new int[2];
    Optional<Integer> skip = Optional.of(0);
    while (skip.isPresent()) {
      JsonNode page = json(http.get(api.events(since, skip.get()), RequestOptions.defaults().expectingJson()));
      pages++;
      int size = page.isArray() ? page.size() : 0;
      for (int i = 0; i < size; i++) {
        JsonNode event = page.get(i);
        String id = event.path("EventId").asString("");
        String key = "events/" + id;
        if (!id.isEmpty() && checkpoint.isDone(key)) {
          skipped++;
          continue;
        }
        sink.accept(meeting(event, id, votes));
        events++;
        if (!id.isEmpty()) {
          checkpoint.markDone(key);
        }
      }
      skip = api.nextSkip(skip.get(), size);
    }
    return new Summary(events, skipped, pages, votes[0], votes[1]);
  }

  private Converted<Meeting> meeting(JsonNode event, String id, int[] counts)
      throws CouncilServiceException, InterruptedException {
    if (id.isEmpty() || !event.path("EventId").canConvertToLong()) {
      return importer.event(event);
    }
    JsonNode items = json(http.get(api.eventItems(event.path("EventId").asLong()),
        RequestOptions.defaults().expectingJson()));
    Map<Integer, JsonNode> votes = new HashMap<>();
    List<ConversionNote> extra = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      JsonNode item = items.get(i);
      if (!acted(item) || !item.path("EventItemId").canConvertToLong()) {
        continue;
      }
      URI uri = api.votes(item.path("EventItemId").asLong());
      counts[0]++;
      Response answer = http.get(uri, RequestOptions.defaults().accepting(SERVER_ERROR).notRetrying(SERVER_ERROR));
      if (answer.status() == SERVER_ERROR) {
        counts[1]++;
        extra.add(new ConversionNote(Kind.HANDLED, "legistar.no-votes", "/EventItems/" + i, "the Web API answered"
            + " HTTP 500 for " + uri + ", as it does where no roll call was recorded; the named votes stay unknown"));
        continue;
      }
      votes.put(i, json(answer));
    }
    Converted<Meeting> meeting = importer.event(event, items, votes);
    if (extra.isEmpty()) {
      return meeting;
    }
    List<ConversionNote> notes = new ArrayList<>(meeting.notes());
    notes.addAll(extra);
    return meeting.value().map(m -> Converted.of(meeting.source(), m, notes))
        .orElseGet(() -> Converted.failed(meeting.source(), notes));
  }

  private static boolean acted(JsonNode item) {
    return present(item.path("EventItemActionName")) || present(item.path("EventItemPassedFlag"))
        || present(item.path("EventItemTally"));
  }

  private static boolean present(JsonNode value) {
    return !value.isMissingNode() && !value.isNull() && !(value.isString() && value.asString().isBlank());
  }

  private static JsonNode json(Response response) throws CouncilServiceException {
    try {
      return LegistarImport.tree(response.stream());
    } catch (JacksonException e) {
      throw new CouncilServiceException(response.uri(), response.status(), "the answer is not JSON: "
          + e.getOriginalMessage(), e);
    }
  }
}
