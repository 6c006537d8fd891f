package org.newsgraph.graph.browser;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Response;

/**
 * The NewsGraph guide and graph style, served by the embedded server next to the connect page
 * (mounted at {@link BrowserConnectPage#MOUNT}); Browser fetches both after connecting (the
 * server's {@code browser.post_connect_cmd}). Neither holds anything of the store, so they are
 * served without a password, like Browser's own files.
 */
@Path("/")
public final class BrowserGuideFiles {

  public static final String GUIDE = "guide.html";
  public static final String STYLE = "style.grass";
  static final String STYLE_RESOURCE = "newsgraph.grass";

  @GET
  @Path(GUIDE)
  @Produces("text/html; charset=utf-8")
  public Response guide() {
    return Response.ok(BrowserGuide.html()).header("Cache-Control", "no-cache").build();
  }

  @GET
  @Path(STYLE)
  @Produces("text/plain; charset=utf-8")
  public Response style() {
    return Response.ok(StyleHolder.GRASS).header("Cache-Control", "no-cache").build();
  }

  private static final class StyleHolder {
    static final String GRASS = BrowserGuide.resource(STYLE_RESOURCE);
  }
}
