package io.github.minutebook.http;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.primitives.Ints;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How to treat one request's answer: statuses accepted as answers, statuses never retried, the
 * content type expected and extra headers. Immutable; each method returns a changed copy.
 *
 * <pre>{@code
 * // Legistar answers 500 when an agenda item has no votes: ask once and get the 500 back.
 * RequestOptions votes = RequestOptions.defaults().accepting(500).expectingJson();
 * }</pre>
 */
public final class RequestOptions {
  private static final RequestOptions DEFAULTS =
      new RequestOptions(ImmutableSet.of(), ImmutableSet.of(), ImmutableSet.of(), ImmutableMap.of());

  private final ImmutableSet<Integer> accepted;
  private final ImmutableSet<Integer> noRetry;
  private final ImmutableSet<String> contentTypes;
  private final ImmutableMap<String, String> headers;

  private RequestOptions(
      ImmutableSet<Integer> accepted,
      ImmutableSet<Integer> noRetry,
      ImmutableSet<String> contentTypes,
      ImmutableMap<String, String> headers) {
    this.accepted = accepted;
    this.noRetry = noRetry;
    this.contentTypes = contentTypes;
    this.headers = headers;
  }

  /**
   * The defaults: only 2xx is an answer, 429 and 5xx are retried, any content type is accepted.
   *
   * @return the default options
   */
  public static RequestOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Accepts these statuses as answers: they are returned as a {@link Response}, never retried and
   * never thrown.
   *
   * @param statuses HTTP statuses, e.g. 500 or 404
   * @return changed options
   */
  public RequestOptions accepting(int... statuses) {
    return new RequestOptions(
        ImmutableSet.<Integer>builder().addAll(accepted).addAll(Ints.asList(statuses)).build(),
        noRetry,
        contentTypes,
        headers);
  }

  /**
   * Never retries these statuses: a first answer with one of them fails at once with a {@link
   * CouncilServiceException} (or is returned, if also {@link #accepting accepted}).
   *
   * @param statuses HTTP statuses, e.g. 503
   * @return changed options
   */
  public RequestOptions notRetrying(int... statuses) {
    return new RequestOptions(
        accepted,
        ImmutableSet.<Integer>builder().addAll(noRetry).addAll(Ints.asList(statuses)).build(),
        contentTypes,
        headers);
  }

  /**
   * Expects a content type: an answer whose {@code Content-Type} contains none of the expected
   * fragments (case-insensitive) fails with a {@link ServiceGoneException}. Also sets the {@code
   * Accept} header to the first fragment if it is a full media type.
   *
   * @param fragments e.g. {@code "json"} or {@code "xml"}
   * @return changed options
   */
  public RequestOptions expectingContentType(String... fragments) {
    ImmutableSet.Builder<String> types = ImmutableSet.<String>builder().addAll(contentTypes);
    for (String fragment : fragments) {
      types.add(fragment.toLowerCase(Locale.ROOT));
    }
    return new RequestOptions(accepted, noRetry, types.build(), headers);
  }

  /**
   * Expects JSON ({@code application/json}, {@code application/ld+json} and the like).
   *
   * @return changed options
   */
  public RequestOptions expectingJson() {
    return expectingContentType("json").withHeader("Accept", "application/json");
  }

  /**
   * Expects XML ({@code application/xml}, {@code text/xml}, {@code application/atom+xml}...).
   *
   * @return changed options
   */
  public RequestOptions expectingXml() {
    return expectingContentType("xml").withHeader("Accept", "application/xml, text/xml");
  }

  /**
   * Adds or replaces a request header.
   *
   * @param name header name
   * @param value header value
   * @return changed options
   */
  public RequestOptions withHeader(String name, String value) {
    Map<String, String> changed = new java.util.LinkedHashMap<>(headers);
    changed.put(name, value);
    return new RequestOptions(accepted, noRetry, contentTypes, ImmutableMap.copyOf(changed));
  }

  /**
   * The statuses accepted as answers besides 2xx.
   *
   * @return the accepted statuses
   */
  public Set<Integer> accepted() {
    return accepted;
  }

  /**
   * The statuses never retried.
   *
   * @return the statuses
   */
  public Set<Integer> notRetried() {
    return noRetry;
  }

  /**
   * The expected content type fragments, lower case; empty if any type is fine.
   *
   * @return the fragments
   */
  public Set<String> expectedContentTypes() {
    return contentTypes;
  }

  /**
   * The extra request headers.
   *
   * @return headers by name
   */
  public Map<String, String> headers() {
    return headers;
  }
}
