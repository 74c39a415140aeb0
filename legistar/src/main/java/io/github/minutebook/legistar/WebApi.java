package io.github.minutebook.legistar;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The addresses of one city's Legistar Web API ({@code https://webapi.legistar.com/v1/{client}/…})
 * and its OData paging: a list answers at most {@value #PAGE_SIZE} rows a request, and the next
 * page is asked for with {@code $skip}.
 *
 * <pre>{@code
 * WebApi chicago = WebApi.of("chicago");
 * URI first = chicago.events(LocalDate.of(2024, 1, 1), 0);
 * // …/v1/chicago/events?$filter=EventDate%20ge%20datetime'2024-01-01'&$orderby=EventId&$top=1000&$skip=0
 * }</pre>
 *
 * <p>Some cities require a token ({@code ?token=…}); give it with {@link #withToken}.
 */
public final class WebApi {
  /** The most rows the Web API answers in one request. */
  public static final int PAGE_SIZE = 1000;
  /** The Web API's address. */
  public static final URI DEFAULT_BASE = URI.create("https://webapi.legistar.com/v1/");
  private static final Pattern CLIENT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

  private final String base;
  private final String client;
  private final @Nullable String token;
  private final int pageSize;

  private WebApi(String base, String client, @Nullable String token, int pageSize) {
    this.base = base.endsWith("/") ? base : base + "/";
    this.client = client;
    this.token = token;
    this.pageSize = pageSize;
  }

  /**
   * The Web API of one client.
   *
   * @param client the client name ({@code chicago}, {@code nyc}, {@code seattle})
   * @return the API
   * @throws IllegalArgumentException when the name cannot be part of a URL path
   */
  public static WebApi of(String client) {
    return at(DEFAULT_BASE, client);
  }

  /**
   * The Web API of one client at another address (a mirror, a recording replayed in tests).
   *
   * @param base the address the client's name is appended to
   * @param client the client name
   * @return the API
   * @throws IllegalArgumentException when the name cannot be part of a URL path
   */
  public static WebApi at(URI base, String client) {
    if (!CLIENT.matcher(client).matches()) {
      throw new IllegalArgumentException("not a Legistar client name: \"" + client + "\"");
    }
    return new WebApi(base.toString(), client, null, PAGE_SIZE);
  }

  /**
   * This API with a token sent on every request.
   *
   * @param token the token the city issued
   * @return a new API
   */
  public WebApi withToken(String token) {
    return new WebApi(base, client, token, pageSize);
  }

  /**
   * This API asking for pages of fewer rows ({@code $top}), between 1 and {@link #PAGE_SIZE}.
   *
   * @param rows the rows a page
   * @return a new API
   * @throws IllegalArgumentException when {@code rows} is out of range
   */
  public WebApi withPageSize(int rows) {
    if (rows < 1 || rows > PAGE_SIZE) {
      throw new IllegalArgumentException("a page holds 1 to " + PAGE_SIZE + " rows, not " + rows);
    }
    return new WebApi(base, client, token, rows);
  }

  /**
   * The rows asked for a page.
   *
   * @return the page size
   */
  public int pageSize() {
    return pageSize;
  }

  /**
   * The client name.
   *
   * @return the client name
   */
  public String client() {
    return client;
  }

  /**
   * A page of the events on or after a day, oldest id first (a stable order, so pages do not
   * shift while they are read).
   *
   * @param since the first day
   * @param skip how many rows to skip (a multiple of {@link #PAGE_SIZE})
   * @return the address
   */
  public URI events(LocalDate since, int skip) {
    return uri("events", "$filter=" + encode("EventDate ge datetime'" + since + "'") + "&$orderby=EventId&$top="
        + pageSize + "&$skip=" + skip);
  }

  /**
   * The items of one event, with their agenda and minutes notes and attachments.
   *
   * @param eventId the event's id
   * @return the address
   */
  public URI eventItems(long eventId) {
    return uri("events/" + eventId + "/eventitems", "AgendaNote=1&MinutesNote=1&Attachments=1");
  }

  /**
   * The named votes on one event item. The Web API answers HTTP 500 where no roll call was taken.
   *
   * @param eventItemId the event item's id
   * @return the address
   */
  public URI votes(long eventItemId) {
    return uri("eventitems/" + eventItemId + "/votes", null);
  }

  /**
   * A page of a whole collection ({@code bodies}, {@code persons}, {@code matters}, {@code indexes}).
   *
   * @param collection the collection's name
   * @param skip how many rows to skip
   * @return the address
   */
  public URI list(String collection, int skip) {
    return uri(collection, "$top=" + pageSize + "&$skip=" + skip);
  }

  /**
   * The histories of one matter.
   *
   * @param matterId the matter's id
   * @return the address
   */
  public URI matterHistories(long matterId) {
    return uri("matters/" + matterId + "/histories", null);
  }

  /**
   * The indexes (topics) of one matter.
   *
   * @param matterId the matter's id
   * @return the address
   */
  public URI matterIndexes(long matterId) {
    return uri("matters/" + matterId + "/indexes", null);
  }

  private URI uri(String path, @Nullable String query) {
    String q = query == null ? "" : query;
    if (token != null) {
      q = q + (q.isEmpty() ? "" : "&") + "token=" + encode(token);
    }
    return URI.create(base + client + "/" + path + (q.isEmpty() ? "" : "?" + q));
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20").replace("%27", "'");
  }

  /**
   * The {@code $skip} of the page after one that held {@code rows} rows, or empty when that page
   * was the last (it held fewer than the page size).
   *
   * @param skip the page's own skip
   * @param rows how many rows it held
   * @return the next page's skip, or empty
   */
  public Optional<Integer> nextSkip(int skip, int rows) {
    return rows < pageSize ? Optional.empty() : Optional.of(skip + rows);
  }

  /** Fetches one page: the rows at an address. */
  public interface PageReader<E extends Exception> {
    /**
     * The rows at an address.
     *
     * @param uri the page's address
     * @return the page's JSON array
     * @throws E when it cannot be fetched
     */
    JsonNode read(URI uri) throws E;
  }

  /**
   * Every event on or after a day, page by page until a page holds fewer than the page size.
   *
   * @param since the first day
   * @param reader fetches a page
   * @param <E> what fetching throws
   * @return the rows of all pages, in order
   * @throws E when a page cannot be fetched
   */
  public <E extends Exception> List<JsonNode> allEvents(LocalDate since, PageReader<E> reader) throws E {
    List<JsonNode> rows = new ArrayList<>();
    Optional<Integer> skip = Optional.of(0);
    while (skip.isPresent()) {
      JsonNode page = reader.read(events(since, skip.get()));
      int size = page.isArray() ? page.size() : 0;
      for (int i = 0; i < size; i++) {
        rows.add(page.get(i));
      }
      skip = nextSkip(skip.get(), size);
    }
    return rows;
  }
}
