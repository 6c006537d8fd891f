package org.newsgraph.graph.browser;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Response;

/**
 * A page of the embedded server (a JAX-RS resource Neo4j mounts at {@value #MOUNT}) that connects
 * Neo4j Browser without its form: it takes this run's token from the link's fragment, which the
 * browser keeps to itself, exchanges it for the password ({@link BrowserSessions}, answered to
 * Browser's own origin only), stores that where Browser keeps a retained connection (the
 * {@code neo4j.connections} entry of this origin's local storage), and opens Browser, which then
 * connects with it. The page itself holds no secret, so serving it to anyone reveals nothing.
 */
@Path(BrowserConnectPage.PATH)
public final class BrowserConnectPage {

  public static final String MOUNT = "/newsgraph";
  public static final String PATH = "/connect";
  /** Where the page exchanges the link's token for the password. */
  public static final String SESSION = "/session";

  private static final String HTML = """
      <!doctype html>
      <html lang="en"><head><meta charset="utf-8"><title>NewsGraph: connecting Neo4j Browser</title><link rel="icon" href="data:,"></head>
      <body><p id="message">Connecting Neo4j Browser&hellip;</p>
      <script>
      (async () => {
        const token = decodeURIComponent(location.hash.slice(1));
        history.replaceState(null, '', location.pathname);
        const say = text => { document.getElementById('message').textContent = text; };
        const byHand = ' Open the link that newsgraph up printed this time, or connect in Neo4j Browser'
            + ' as user neo4j with the password in the data folder\\'s neo4j-password file.';
        if (!token) {
          say('This link has no token.' + byHand);
          return;
        }
        const answer = await fetch('%s', { method: 'POST', body: token, headers: { 'Content-Type': 'text/plain' } });
        if (answer.status === 403) {
          say('This link is from an earlier run of newsgraph up, or for another store.' + byHand);
          return;
        }
        if (!answer.ok) {
          throw new Error('HTTP ' + answer.status);
        }
        const password = await answer.text();
        const discovery = await (await fetch('/', { headers: { Accept: 'application/json' } })).json();
        const id = '$$discovery';
        const connection = { id, name: id, type: 'bolt', host: discovery.bolt_direct, username: 'neo4j',
          password, authenticationMethod: 'NATIVE', authEnabled: true };
        localStorage.setItem('neo4j.connections', JSON.stringify({ allConnectionIds: [id],
          connectionsById: { [id]: connection }, activeConnection: id }));
        location.replace('/browser/');
      })().catch(e => { document.getElementById('message').textContent = 'Could not connect Browser: ' + e; });
      </script></body></html>
      """.formatted(MOUNT + BrowserConnectPage.SESSION);

  @GET
  @Produces("text/html; charset=utf-8")
  public Response page() {
    return Response.ok(HTML).header("Cache-Control", "no-store").header("Referrer-Policy", "no-referrer").build();
  }
}
