package org.newsgraph.ingest.web;

import java.net.URI;
import java.util.Objects;

/**
 * A successful (2xx) or not-modified (304) answer from {@link PoliteHttp}.
 *
 * @param finalUri the URI that answered, after redirects
 * @param status the HTTP status of that answer
 * @param notModified true for 304: the version the validators name is still current
 * @param body the body, not copied; empty when not modified
 * @param contentType the {@code Content-Type} header, or null
 * @param validators what to send next time to ask whether it changed; on a 304, those it sent,
 *     else the ones that were sent
 */
public record Response(
    URI finalUri, int status, boolean notModified, byte[] body, String contentType, Validators validators) {

  public Response {
    Objects.requireNonNull(finalUri, "finalUri");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(validators, "validators");
  }
}
