package org.newsgraph.ingest.web;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** A real HTTP server on 127.0.0.1 with hand-made routes; it records every request it sees. */
final class TestServer implements AutoCloseable {

  /** What a route does with a request. */
  interface Route {
    void handle(HttpExchange exchange) throws IOException;
  }

  /** A request as the server saw it, with the time it arrived. */
  record Seen(String path, long arrivedNanos, Headers headers) {}

  private final HttpServer server;
  private final ExecutorService threads = Executors.newFixedThreadPool(4);
  private final Map<String, Route> routes = new ConcurrentHashMap<>();
  private final List<Seen> seen = new ArrayList<>();

  TestServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::dispatch);
    server.setExecutor(threads);
    server.start();
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  void route(String path, Route route) {
    routes.put(path, route);
  }

  /** Serves {@code body} with status 200 and the content type. */
  void serve(String path, String contentType, String body) {
    route(path, exchange -> send(exchange, 200, contentType, body));
  }

  /** Answers with a redirect to {@code location}. */
  void redirect(String path, int status, String location) {
    route(path, exchange -> {
      exchange.getResponseHeaders().set("Location", location);
      exchange.sendResponseHeaders(status, -1);
      exchange.close();
    });
  }

  synchronized List<Seen> seen() {
    return List.copyOf(seen);
  }

  /** The requests for one path (without its query), in arrival order. */
  List<Seen> seen(String path) {
    return seen().stream().filter(s -> s.path().equals(path)).toList();
  }

  static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    if (contentType != null) {
      exchange.getResponseHeaders().set("Content-Type", contentType);
    }
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private void dispatch(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    synchronized (this) {
      seen.add(new Seen(path, System.nanoTime(), exchange.getRequestHeaders()));
    }
    Route route = routes.get(path);
    if (route == null) {
      send(exchange, 404, "text/plain", "no such page");
    } else {
      route.handle(exchange);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
