/**
 * Reading councils' public APIs politely and resumably: the shared client of the ModernGov,
 * Legistar and OParl live importers.
 *
 * <p>{@link io.github.minutebook.http.PoliteClient} GETs one address at a time through the JDK's
 * {@link java.net.http.HttpClient}, keeping a minimum interval between requests, retrying 429, 5xx
 * and network failures with exponential back-off (honouring {@code Retry-After}), and naming a
 * switched-off or moved service with a {@link io.github.minutebook.http.ServiceGoneException}
 * whose message tells the user what to do; {@link
 * io.github.minutebook.http.RetriesExhaustedException} means the service is there but failing.
 * {@link io.github.minutebook.http.RequestOptions} accepts given statuses as answers (Legistar's
 * 500 for an agenda item without votes) and checks the content type. {@link
 * io.github.minutebook.http.Checkpoint} saves the progress of a long import after each step so a
 * killed import restarts where it stopped.
 *
 * <pre>{@code
 * PoliteClient client = PoliteClient.builder()
 *     .requestsPerSecond(1)
 *     .contact("mailto:clerk-data@example.org")
 *     .build();
 * Checkpoint checkpoint = Checkpoint.inFile(Path.of("import.checkpoint"));
 * int page = checkpoint.get("page").map(Integer::parseInt).orElse(1);
 * while (true) {
 *   Response r = client.get(URI.create(base + "/meetings?page=" + page),
 *       RequestOptions.defaults().expectingJson());
 *   if (!readPage(r.stream())) break;
 *   checkpoint.put("page", String.valueOf(++page));
 * }
 * // Ask once, and take a 500 as the answer "no votes":
 * Response votes = client.get(votesUri,
 *     RequestOptions.defaults().accepting(500).expectingJson());
 * }</pre>
 */
@NullMarked
package io.github.minutebook.http;

import org.jspecify.annotations.NullMarked;
