package io.github.minutebook.http;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * An answer from a council's service: status, headers and the whole body. Returned for 2xx
 * answers and for the statuses the caller accepted with {@link RequestOptions#accepting(int...)}.
 */
public final class Response {
  private final URI uri;
  private final int status;
  private final HttpHeaders headers;
  private final byte[] body;

  Response(URI uri, int status, HttpHeaders headers, byte[] body) {
    this.uri = uri;
    this.status = status;
    this.headers = headers;
    this.body = body;
  }

  /**
   * The address asked.
   *
   * @return the request URI
   */
  public URI uri() {
    return uri;
  }

  /**
   * The HTTP status.
   *
   * @return e.g. 200, or 500 if the caller accepted it
   */
  public int status() {
    return status;
  }

  /**
   * The response headers.
   *
   * @return the headers as received
   */
  public HttpHeaders headers() {
    return headers;
  }

  /**
   * The {@code Content-Type} header.
   *
   * @return the content type, e.g. {@code application/json; charset=utf-8}, if the server sent one
   */
  public Optional<String> contentType() {
    return headers.firstValue("Content-Type");
  }

  /**
   * The body as bytes.
   *
   * @return a copy of the body
   */
  public byte[] bytes() {
    return body.clone();
  }

  /**
   * The body as a stream, for parsers that read streams.
   *
   * @return a new stream over the body
   */
  public InputStream stream() {
    return new ByteArrayInputStream(body);
  }

  /**
   * The body as text, decoded with the {@code charset} of the content type, UTF-8 if none is given
   * or it is unknown.
   *
   * @return the body as a string
   */
  public String text() {
    return new String(body, charset());
  }

  private Charset charset() {
    String type = contentType().orElse("").toLowerCase(Locale.ROOT);
    int at = type.indexOf("charset=");
    if (at >= 0) {
      String name = type.substring(at + "charset=".length()).split(";", 2)[0].trim();
      name = name.replace("\"", "");
      try {
        return Charset.forName(name);
      } catch (IllegalArgumentException unknown) {
        return StandardCharsets.UTF_8;
      }
    }
    return StandardCharsets.UTF_8;
  }

  @Override
  public String toString() {
    return "HTTP " + status + " from " + uri + " (" + body.length + " bytes)";
  }
}
