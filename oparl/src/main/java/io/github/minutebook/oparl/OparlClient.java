package io.github.minutebook.oparl;

import io.github.minutebook.exchange.ConversionNote;
import io.github.minutebook.exchange.ConversionNote.Kind;
import io.github.minutebook.exchange.Converted;
import io.github.minutebook.http.Checkpoint;
import io.github.minutebook.http.CouncilServiceException;
import io.github.minutebook.http.PoliteClient;
import io.github.minutebook.http.RequestOptions;
import io.github.minutebook.http.Response;
import io.github.minutebook.meeting.CouncilRecord;
import io.github.minutebook.meeting.Meeting;
import io.github.minutebook.party.Body;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * A live client for an OParl 1.1 server: reads a Body's meetings and papers list page by page,
 * following each page's {@code links.next}, and delivers each Meeting and Paper, converted by
 * {@link OparlImport#record(JsonNode)}, to a callback as soon as its page is read.
 *
 * <pre>{@code
 * PoliteClient http = PoliteClient.builder().contact("mailto:me@example.org").build();
 * OparlClient karlsruhe = OparlClient.of(http, Checkpoint.inFile(Path.of("karlsruhe.checkpoint")));
 * OparlClient.Summary summary = karlsruhe.harvest(
 *     URI.create("https://web1.karlsruhe.de/oparl/bodies/0001"),
 *     Optional.of(OffsetDateTime.parse("2026-01-01T00:00:00+01:00")),
 *     record -> record.value().ifPresentOrElse(pipeline::accept,
 *         () -> System.err.println(record.source() + ": " + record.notes())));
 * }</pre>
 *
 * <p><b>What is asked.</b> The entry point is a Body (its {@code meeting} list, then its {@code
 * paper} list are read) or a System (its {@code body} list is read, and each Body in it is
 * harvested in turn, in the order listed). The objects a list page embeds are read from the page;
 * only a list that gives bare URLs instead of objects costs one request per object. With {@code
 * modifiedSince}, the meeting and paper lists are asked with the OParl filter {@code
 * modified_since} (to the second, rounded down, so nothing is missed), which the server keeps in
 * its {@code links.next}; the body list of a System is never filtered, since a body that has not
 * changed still has changed meetings. The Body's other lists (organizations, persons, files...)
 * are not read: {@link OparlImport#record} keeps a meeting's organization as a body with that id
 * and needs nothing more.
 *
 * <p><b>What is delivered.</b> Every object of a meeting or paper list, as {@link
 * OparlImport#record} makes it: a Meeting or Paper converted, an object marked {@code deleted}
 * (which an OParl server lists, after a {@code modified_since}, so clients learn of deletions)
 * failed with {@code oparl.deleted}, any other object failed with {@code oparl.not-a-record}. What
 * the client could not read is delivered as a failed value with one note: a list page that is not
 * well-formed JSON ({@code oparl.malformed-page}) or not a list page ({@code
 * oparl.not-a-list-page}), after which that list is given up; an object fetched by URL that is not
 * JSON ({@code oparl.malformed-json}); a link that is not an http(s) URL ({@code oparl.bad-link}); a
 * body in a System's list that is not a Body, is marked deleted or lacks a list ({@code
 * oparl.body-skipped}); and a {@code links.next} that leads back to a page already read in the
 * same list ({@code LEFT_OUT oparl.next-loop}), after which paging stops instead of going round
 * for ever.
 *
 * <p><b>What is resumed.</b> Two things are kept in the {@link Checkpoint}: each object id (its
 * URL) delivered converted is marked done ({@link Checkpoint#markDone}) after the callback
 * returned; and for each list, under the key {@code oparl.page.} followed by the list's first page
 * URL (with its {@code modified_since}), the URL of the page being read, advanced to the next page
 * once every object of a page was handled. A later run with the same checkpoint starts each list
 * at the page saved, and skips, without delivering them again, the objects marked done. So an
 * interrupted run (a service failure, an exception thrown by the callback, a killed process with
 * {@link Checkpoint#inFile}) picks up at the page it stopped on. Failed values are not marked done
 * and are delivered again. The entry point (and a System's body list, from its saved page) is asked
 * again on every run. A list a run finished stays saved at its last page, so a run with the same
 * checkpoint reads only that page again (and whatever the server has added after it). The
 * checkpoint resumes one harvest: to fetch what changed since, start from a new checkpoint (or
 * {@link Checkpoint#clear()} it) and pass {@code modifiedSince}, since an object marked done is
 * never delivered again, even when the server has changed it.
 *
 * <p><b>Politeness.</b> Every request goes through the {@link PoliteClient} (by default one request
 * a second, 5 attempts with back-off on 429, 5xx and network errors, {@code Retry-After} honoured)
 * and asks for JSON: an entry point or page that answers 403, 404 or 410, or an HTML page instead
 * of JSON, ends the harvest with a {@link io.github.minutebook.http.ServiceGoneException}.
 */
public final class OparlClient {
  private static final RequestOptions JSON = RequestOptions.defaults().expectingJson();
  /** {@code 2014-01-01T00:00:00+01:00}: OParl's date-time, offset always numeric. */
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx", Locale.ROOT);
  /** The checkpoint key prefix of a list's page reached, followed by the list's first page URL. */
  static final String PAGE = "oparl.page.";

  private final PoliteClient http;
  private final Checkpoint checkpoint;
  private final boolean committeeNames;

  private OparlClient(PoliteClient http, Checkpoint checkpoint, boolean committeeNames) {
    this.http = http;
    this.checkpoint = checkpoint;
    this.committeeNames = committeeNames;
  }

  /**
   * A client that fetches with {@code http} and remembers its progress in {@code checkpoint}.
   *
   * @param http the polite client to fetch with (its rate limit is shared by all its users)
   * @param checkpoint where the objects done and the pages reached are kept; {@link
   *     Checkpoint#inMemory()} for a run that need not resume, {@link Checkpoint#none()} to read
   *     everything every time
   * @return the client
   */
  public static OparlClient of(PoliteClient http, Checkpoint checkpoint) {
    return new OparlClient(http, checkpoint, false);
  }

  /**
   * This client, reading each Body's {@code organization} list before its meetings, so that a
   * meeting's committee, which an OParl Meeting gives only by its URL, carries the organization's
   * name and short name. The list is read whole on every run (it is not resumed), a page or two
   * for most councils; an organization the list gives only by URL is not asked for. If the list
   * cannot be read, a failed value says so ({@code oparl.organizations-unread}, or, for a page of
   * it, the codes of any list: {@code oparl.malformed-page}, {@code oparl.not-a-list-page}, {@code
   * oparl.next-loop}, {@code oparl.bad-link}) and the meetings' committees stay known by their URL
   * only; being failed values, they count in {@link Summary#failed()}.
   *
   * @return a client that names the committees
   */
  public OparlClient withCommitteeNames() {
    return new OparlClient(http, checkpoint, true);
  }

  /**
   * Reads every meeting and paper of a Body (or of every Body of a System) and delivers each, in
   * the order the server lists them: first the meetings, then the papers.
   *
   * @param entry the URL of an OParl Body or System
   * @param modifiedSince when given, only objects modified since then are asked for (OParl's
   *     {@code modified_since} filter), deleted ones included
   * @param sink receives each record, or a failed value saying what could not be read; it runs on
   *     the calling thread, and an exception it throws ends the harvest (the records it accepted
   *     before are marked done)
   * @return what was asked and delivered
   * @throws io.github.minutebook.http.ServiceGoneException if the entry point or a page answers
   *     403, 404 or 410, or HTML instead of JSON, or the host is unknown
   * @throws io.github.minutebook.http.RetriesExhaustedException if the service kept failing (429,
   *     5xx, timeouts) after the client's retries
   * @throws CouncilServiceException if the entry point is not well-formed JSON, is neither a Body
   *     nor a System, or a System without a body list, or for any other status the service answers;
   *     the records delivered before are marked done, so a new run resumes after them
   * @throws InterruptedException if interrupted while waiting
   */
  public Summary harvest(URI entry, Optional<OffsetDateTime> modifiedSince,
      Consumer<? super Converted<CouncilRecord>> sink) throws CouncilServiceException, InterruptedException {
    Run run = new Run(modifiedSince, sink);
    Response answer = run.get(entry);
    JsonNode root;
    try {
      root = OparlImport.tree(answer.bytes());
    } catch (JacksonException e) {
      throw new CouncilServiceException(entry, answer.status(), "GET " + entry + " answered JSON that is not well"
          + " formed (" + e.getOriginalMessage() + "): expected an OParl System or Body", e);
    }
    String type = ObjectMapping.type(root);
    if (type.equals("System")) {
      Optional<URI> bodies = link(entry, root.path("body"));
      if (bodies.isEmpty()) {
        throw new CouncilServiceException(entry, answer.status(), "the OParl System at " + entry + " gives no"
            + " usable body list (\"body\": " + root.path("body") + "): point the harvest at a Body's URL", null);
      }
      run.walk(bodies.get(), run::body);
    } else if (type.equals("Body")) {
      run.body(root, entry, entry.toString());
    } else {
      throw new CouncilServiceException(entry, answer.status(), "GET " + entry + " answered "
          + (type.isEmpty() ? "JSON without an OParl type" : "an OParl " + type) + ", not a System or Body: point"
          + " the harvest at the server's System URL or at a Body's URL", null);
    }
    return run.summary();
  }

  /**
   * What one {@link #harvest} did.
   *
   * @param requests HTTP requests answered: the entry point, the list pages, objects a list gives
   *     only as URLs (retries are not counted; see the client's listener)
   * @param pages list pages read
   * @param delivered records delivered converted
   * @param skipped objects the checkpoint held as done, not delivered again
   * @param failed failed values delivered: deleted objects, objects that are not meetings or
   *     papers, and what could not be read (see the class)
   */
  public record Summary(int requests, int pages, int delivered, int skipped, int failed) {}

  /** What handles one element of a list's {@code data}. */
  @FunctionalInterface
  private interface Element {
    void accept(JsonNode element, URI page, int index) throws CouncilServiceException, InterruptedException;
  }

  /** One harvest: its filter, its sink and its counts. */
  private final class Run {
    private final Optional<OffsetDateTime> since;
    private final Consumer<? super Converted<CouncilRecord>> sink;
    private int requests;
    private int pages;
    private int delivered;
    private int skipped;
    private int failed;
    /** The organizations read, by id, when the committees are named. */
    private final Map<String, Body> committees = new HashMap<>();

    Run(Optional<OffsetDateTime> since, Consumer<? super Converted<CouncilRecord>> sink) {
      this.since = since;
      this.sink = sink;
    }

    Summary summary() {
      return new Summary(requests, pages, delivered, skipped, failed);
    }

    Response get(URI uri) throws CouncilServiceException, InterruptedException {
      Response answer = http.get(uri, JSON);
      requests++;
      return answer;
    }

    /**
     * Reads one list from the page a previous run reached (or its first page), handing each
     * element of each page's {@code data} to {@code handler}.
     */
    void walk(URI first, Element handler) throws CouncilServiceException, InterruptedException {
      walk(first, handler, true);
    }

    /** As {@link #walk(URI, Element)}, from the first page and keeping no place when not {@code resumable}. */
    void walk(URI first, Element handler, boolean resumable) throws CouncilServiceException, InterruptedException {
      String key = PAGE + first;
      URI page = resumable ? checkpoint.get(key).flatMap(saved -> link(first, saved)).orElse(first) : first;
      Set<URI> seen = new HashSet<>();
      seen.add(page);
      while (true) {
        Response answer = get(page);
        pages++;
        JsonNode tree;
        try {
          tree = OparlImport.tree(answer.bytes());
        } catch (JacksonException e) {
          fail(page.toString(), Kind.FAILED, "oparl.malformed-page", "", "the list page is not well-formed JSON ("
              + e.getOriginalMessage() + "); the rest of the list " + first + " was not read");
          return;
        }
        JsonNode data = tree.path("data");
        if (!tree.isObject() || !data.isArray()) {
          fail(page.toString(), Kind.FAILED, "oparl.not-a-list-page", "", "the answer is not an OParl list page"
              + " (it has no \"data\" array); the rest of the list " + first + " was not read");
          return;
        }
        for (int i = 0; i < data.size(); i++) {
          handler.accept(data.get(i), page, i);
        }
        JsonNode nextLink = tree.path("links").path("next");
        if (!nextLink.isString() || nextLink.asString().isBlank()) {
          return;
        }
        Optional<URI> next = link(page, nextLink);
        if (next.isEmpty()) {
          fail(page.toString(), Kind.LEFT_OUT, "oparl.bad-link", "/links/next", "the next page's link "
              + nextLink + " is not an http(s) URL; the rest of the list " + first + " was not read");
          return;
        }
        if (!seen.add(next.get())) {
          fail(page.toString(), Kind.LEFT_OUT, "oparl.next-loop", "/links/next", "links.next (" + next.get()
              + ") leads back to a page already read in this list; paging stopped there, so what the list holds"
              + " after it, if anything, is left out");
          return;
        }
        if (resumable) {
          checkpoint.put(key, next.get().toString());
        }
        page = next.get();
      }
    }

    /** An element of a System's body list: an embedded Body, or the URL of one. */
    void body(JsonNode element, URI page, int index) throws CouncilServiceException, InterruptedException {
      String where = page + " data[" + index + "]";
      if (!element.isString()) {
        JsonNode id = element.path("id");
        body(element, absolute(id).orElse(page), id.isString() ? id.asString() : where);
        return;
      }
      Optional<URI> uri = absolute(element);
      if (uri.isEmpty()) {
        fail(where, Kind.LEFT_OUT, "oparl.bad-link", "", "the body list gives " + element
            + ", which is not an absolute http(s) URL; nothing was read from it");
        return;
      }
      Response answer = get(uri.get());
      JsonNode body;
      try {
        body = OparlImport.tree(answer.bytes());
      } catch (JacksonException e) {
        fail(uri.get().toString(), Kind.LEFT_OUT, "oparl.body-skipped", "", "the body is not well-formed JSON ("
            + e.getOriginalMessage() + "); its meetings and papers were not read");
        return;
      }
      body(body, uri.get(), uri.get().toString());
    }

    /** One Body: its meeting list, then its paper list, their URLs resolved against {@code base}. */
    void body(JsonNode body, URI base, String label) throws CouncilServiceException, InterruptedException {
      String type = ObjectMapping.type(body);
      if (!type.equals("Body")) {
        fail(label, Kind.LEFT_OUT, "oparl.body-skipped", "", "expected an OParl Body, found "
            + (type.isEmpty() ? "no OParl object" : "an OParl " + type) + "; nothing was read from it");
        return;
      }
      if (body.path("deleted").isBoolean() && body.path("deleted").asBoolean()) {
        fail(label, Kind.LEFT_OUT, "oparl.body-skipped", "/deleted", "the body is marked deleted; its meetings"
            + " and papers were not read");
        return;
      }
      if (committeeNames) {
        organizations(body, base, label);
      }
      for (String list : List.of("meeting", "paper")) {
        Optional<URI> uri = link(base, body.path(list));
        if (uri.isEmpty()) {
          fail(label, Kind.LEFT_OUT, "oparl.body-skipped", "/" + list, "the body gives no usable " + list
              + " list (" + body.path(list) + "); its " + list + "s were not read");
          continue;
        }
        walk(filtered(uri.get()), this::record);
      }
    }

    /** Reads a Body's organization list whole into {@link #committees}; what fails is said, not thrown. */
    private void organizations(JsonNode body, URI base, String label) throws InterruptedException {
      Optional<URI> uri = link(base, body.path("organization"));
      if (uri.isEmpty()) {
        return;
      }
      try {
        walk(uri.get(), (element, page, index) -> {
          if (element.isObject()) {
            OparlImport.organization(element).value()
                .ifPresent(committee -> committee.id().ifPresent(id -> committees.put(id, committee)));
          }
        }, false);
      } catch (CouncilServiceException e) {
        fail(label, Kind.LEFT_OUT, "oparl.organizations-unread", "/organization", "the organization list "
            + uri.get() + " could not be read (" + e.getMessage() + "); the meetings' committees are known by"
            + " their URL only");
      }
    }

    /** A meeting whose committee the organization list names, with the committee's name. */
    private Converted<CouncilRecord> named(Converted<CouncilRecord> record) {
      if (committees.isEmpty() || !(record.value().orElse(null) instanceof Meeting meeting)) {
        return record;
      }
      Optional<Body> committee = meeting.body().flatMap(Body::id).map(committees::get);
      return committee.<Converted<CouncilRecord>>map(c -> Converted.of(record.source(), meeting.withBody(c),
          record.notes())).orElse(record);
    }

    /** One element of a meeting or paper list: an embedded object, or the URL of one. */
    void record(JsonNode element, URI page, int index) throws CouncilServiceException, InterruptedException {
      if (element.isString()) {
        String id = element.asString();
        if (checkpoint.isDone(id)) {
          skipped++;
          return;
        }
        Optional<URI> uri = absolute(element);
        if (uri.isEmpty()) {
          fail(page + " data[" + index + "]", Kind.FAILED, "oparl.bad-link", "", "the list gives " + element
              + ", which is not an absolute http(s) URL of an object; nothing was read");
          return;
        }
        Response answer = get(uri.get());
        JsonNode object;
        try {
          object = OparlImport.tree(answer.bytes());
        } catch (JacksonException e) {
          fail(id, Kind.FAILED, "oparl.malformed-json", "", "the object is not well-formed JSON ("
              + e.getOriginalMessage() + ")");
          return;
        }
        deliver(named(OparlImport.record(object)), id);
        return;
      }
      JsonNode id = element.path("id");
      if (id.isString() && checkpoint.isDone(id.asString())) {
        skipped++;
        return;
      }
      deliver(named(OparlImport.record(element)), id.isString() ? id.asString() : "");
    }

    private void deliver(Converted<CouncilRecord> record, String id) {
      sink.accept(record);
      if (record.isConverted()) {
        delivered++;
        if (!id.isEmpty()) {
          checkpoint.markDone(id);
        }
      } else {
        failed++;
      }
    }

    /**
     * Delivers what could not be read as a failed value; a {@code LEFT_OUT} note is followed by a
     * {@code FAILED} one, since a failed value must say why it holds no record.
     */
    private void fail(String source, Kind kind, String code, String path, String why) {
      ConversionNote note = new ConversionNote(kind, code, path, why);
      deliver(Converted.failed(source, kind == Kind.FAILED ? List.of(note) : List.of(note,
          new ConversionNote(Kind.FAILED, code, "", "no record: this value reports what the client did not read"))),
          "");
    }

    /** The list's first page, with {@code modified_since} when a date was given. */
    private URI filtered(URI list) {
      if (since.isEmpty()) {
        return list;
      }
      String address = list.toString();
      int hash = address.indexOf('#');
      if (hash >= 0) {
        address = address.substring(0, hash);
      }
      return URI.create(address + (list.getRawQuery() == null ? "?" : "&") + "modified_since="
          + URLEncoder.encode(DATE_TIME.format(since.get()), StandardCharsets.UTF_8));
    }
  }

  private static Optional<URI> link(URI base, JsonNode value) {
    return value.isString() ? link(base, value.asString()) : Optional.empty();
  }

  /** {@code value}, if it is an absolute http(s) URL as it stands. */
  private static Optional<URI> absolute(JsonNode value) {
    if (!value.isString()) {
      return Optional.empty();
    }
    try {
      URI uri = new URI(value.asString());
      return uri.isAbsolute() ? link(uri, value.asString()) : Optional.empty();
    } catch (java.net.URISyntaxException e) {
      return Optional.empty();
    }
  }

  /** {@code value} resolved against {@code base}, if it is an http(s) URL. */
  private static Optional<URI> link(URI base, String value) {
    try {
      URI uri = base.resolve(value.strip());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
        return Optional.of(uri);
      }
    } catch (IllegalArgumentException e) {
      // not a URL: empty
    }
    return Optional.empty();
  }
}
