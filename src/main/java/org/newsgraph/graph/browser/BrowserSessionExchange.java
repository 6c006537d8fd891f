package org.newsgraph.graph.browser;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;

/**
 * Where the connect page exchanges the link's token for the store's password ({@link
 * BrowserSessions}): answered to Browser's own origin with this run's token only, 403 otherwise.
 * A POST with a plain-text body, so a page of another site can send it but never read the answer,
 * and the origin check refuses it anyway.
 */
@Path(BrowserConnectPage.SESSION)
public final class BrowserSessionExchange {

  @POST
  @Consumes("text/plain")
  @Produces("text/plain; charset=utf-8")
  public Response exchange(String token, @HeaderParam("Origin") String origin, @Context HttpServletRequest request) {
    return BrowserSessions.password(request.getLocalPort(), token, origin)
        .map(password -> Response.ok(password).header("Cache-Control", "no-store").build())
        .orElseGet(() -> Response.status(Response.Status.FORBIDDEN).entity("not a link of this run\n")
            .header("Cache-Control", "no-store").build());
  }
}
