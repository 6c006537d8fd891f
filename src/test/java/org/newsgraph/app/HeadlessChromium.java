package org.newsgraph.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Debian's headless Chromium, driven over the Chrome DevTools protocol: JSON messages on a
 * WebSocket (the JDK's own client), so the tests need no WebDriver and no browser download. One
 * page; it records what a person would notice and a test should fail on: errors in the console,
 * uncaught exceptions, failed loads, and every host the page sent a request to.
 */
final class HeadlessChromium implements AutoCloseable {

  static final Path EXECUTABLE = Path.of("/usr/bin/chromium");
  private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(60);

  private final ObjectMapper json = new ObjectMapper();
  private final Process process;
  private final WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private final List<String> errors = Collections.synchronizedList(new ArrayList<>());
  /** Requests by id, to the host:port they went to; the ones the page's policy blocked are taken out. */
  private final Map<String, String> requests = new ConcurrentHashMap<>();

  private HeadlessChromium(Process process, String pageSocket) throws Exception {
    this.process = process;
    this.socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(30))
        .buildAsync(URI.create(pageSocket), new Listener()).get(30, TimeUnit.SECONDS);
    for (String domain : List.of("Page", "Runtime", "Log", "Network")) {
      send(domain + ".enable", Map.of());
    }
  }

  static boolean installed() {
    return Files.isExecutable(EXECUTABLE);
  }

  /** Starts Chromium with a fresh profile in {@code profile}, its window {@code width} by {@code height}. */
  static HeadlessChromium start(Path profile, int width, int height) throws Exception {
    Files.createDirectories(profile);
    Process process = new ProcessBuilder(List.of(EXECUTABLE.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-dev-shm-usage", "--no-first-run", "--no-default-browser-check", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-default-apps", "--disable-extensions",
        "--hide-scrollbars", "--window-size=" + width + "," + height, "--user-data-dir=" + profile,
        "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0", "about:blank"))
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(profile.resolveSibling(profile.getFileName() + "-chromium.log").toFile())
        .start();
    try {
      int port = devToolsPort(profile.resolve("DevToolsActivePort"), process);
      return new HeadlessChromium(process, pageSocket(port));
    } catch (Exception | AssertionError e) {
      process.destroyForcibly();
      throw e;
    }
  }

  /** Chromium writes the port it chose into this file of its profile once it listens. */
  private static int devToolsPort(Path file, Process process) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new AssertionError("chromium exited with " + process.exitValue() + " before it listened");
      }
      if (Files.isRegularFile(file)) {
        List<String> lines = Files.readAllLines(file);
        if (!lines.isEmpty() && !lines.get(0).isBlank()) {
          return Integer.parseInt(lines.get(0).strip());
        }
      }
      Thread.sleep(100);
    }
    throw new AssertionError("chromium did not open its DevTools port within 60 s");
  }

  private static String pageSocket(int port) throws Exception {
    HttpResponse<String> list = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list")).build(),
        HttpResponse.BodyHandlers.ofString());
    for (JsonNode target : new ObjectMapper().readTree(list.body())) {
      if ("page".equals(target.path("type").asText())) {
        return target.path("webSocketDebuggerUrl").asText();
      }
    }
    throw new AssertionError("chromium has no page: " + list.body());
  }

  /** Sends a DevTools command and waits for its result. */
  JsonNode send(String method, Map<String, ?> params) throws Exception {
    int id = ids.incrementAndGet();
    CompletableFuture<JsonNode> answer = new CompletableFuture<>();
    pending.put(id, answer);
    ObjectNode message = json.createObjectNode().put("id", id).put("method", method);
    message.set("params", json.valueToTree(params));
    socket.sendText(json.writeValueAsString(message), true).get(30, TimeUnit.SECONDS);
    JsonNode reply = answer.get(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    if (reply.has("error")) {
      throw new AssertionError(method + " failed: " + reply.get("error"));
    }
    return reply.path("result");
  }

  void navigate(String url) throws Exception {
    send("Page.navigate", Map.of("url", url));
  }

  /** The value of a JavaScript expression in the page (promises awaited). */
  JsonNode evaluate(String expression) throws Exception {
    JsonNode result = send("Runtime.evaluate",
        Map.of("expression", expression, "returnByValue", true, "awaitPromise", true));
    if (result.has("exceptionDetails")) {
      throw new AssertionError("script failed: " + result.get("exceptionDetails"));
    }
    return result.path("result").path("value");
  }

  /** Waits until the expression is true in the page; false when it is not within {@code timeout}. */
  boolean waitFor(String expression, Duration timeout) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    do {
      if (evaluate("!!(" + expression + ")").asBoolean()) {
        return true;
      }
      Thread.sleep(250);
    } while (System.nanoTime() < deadline);
    return false;
  }

  void screenshot(Path file) throws Exception {
    JsonNode shot = send("Page.captureScreenshot", Map.of("format", "png"));
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.write(file, Base64.getDecoder().decode(shot.path("data").asText()));
  }

  /** Console errors, uncaught exceptions and failed loads, in the order they happened. */
  List<String> errors() {
    synchronized (errors) {
      return List.copyOf(errors);
    }
  }

  /** The hosts (host:port, port -1 for the scheme's own) the page sent requests to, not counting blocked ones. */
  Set<String> requestedHosts() {
    return new TreeSet<>(requests.values());
  }

  private void onMessage(JsonNode message) {
    if (message.has("id")) {
      CompletableFuture<JsonNode> answer = pending.remove(message.get("id").asInt());
      if (answer != null) {
        answer.complete(message);
      }
      return;
    }
    JsonNode params = message.path("params");
    switch (message.path("method").asText()) {
      case "Runtime.consoleAPICalled" -> {
        if ("error".equals(params.path("type").asText())) {
          List<String> args = new ArrayList<>();
          params.path("args").forEach(a -> args.add(a.has("value") ? a.get("value").asText() : a.path("description").asText()));
          errors.add("console.error: " + String.join(" ", args));
        }
      }
      case "Runtime.exceptionThrown" -> {
        JsonNode details = params.path("exceptionDetails");
        errors.add("uncaught: " + details.path("text").asText() + " "
            + details.path("exception").path("description").asText());
      }
      case "Log.entryAdded" -> {
        JsonNode entry = params.path("entry");
        if ("error".equals(entry.path("level").asText())) {
          errors.add("log: " + entry.path("text").asText() + " " + entry.path("url").asText());
        }
      }
      case "Network.requestWillBeSent" -> {
        URI url = URI.create(params.path("request").path("url").asText());
        if (url.getHost() != null) {
          requests.put(params.path("requestId").asText(), url.getHost() + ":" + url.getPort());
        }
      }
      case "Network.loadingFailed" -> {
        if (!params.path("blockedReason").isMissingNode()) {
          requests.remove(params.path("requestId").asText());
        }
      }
      default -> { }
    }
  }

  @Override
  public void close() throws IOException {
    try {
      // Closed this way, Chromium also takes its lock links out of the profile.
      send("Browser.close", Map.of());
    } catch (Exception | AssertionError e) {
      // it is stopped below either way
    }
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  /** Puts together the frames of a message, then hands it on. */
  private final class Listener implements WebSocket.Listener {
    private final StringBuilder text = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      text.append(data);
      if (last) {
        try {
          onMessage(json.readTree(text.toString()));
        } catch (IOException e) {
          errors.add("unreadable DevTools message: " + e.getMessage());
        }
        text.setLength(0);
      }
      webSocket.request(1);
      return null;
    }
  }
}
