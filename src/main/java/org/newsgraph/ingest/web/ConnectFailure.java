package org.newsgraph.ingest.web;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.UnresolvedAddressException;
import java.util.Locale;

/** Why a connection could not be made, in a few plain words, from the exception chain of any client. */
public final class ConnectFailure {

  private ConnectFailure() {}

  /**
   * {@code connection refused} (or {@code connection refused or closed}, all the JDK's HttpClient
   * tells), {@code unknown host example.invalid}, {@code no route to host},
   * {@code connect timed out}, or else the innermost message in the chain.
   *
   * @param host the host that was called, named when it is unknown; may be null
   */
  public static String reason(Throwable error, String host) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof UnknownHostException || t instanceof UnresolvedAddressException) {
        return "unknown host" + (host == null ? "" : " " + host);
      }
      if (t instanceof NoRouteToHostException) {
        return "no route to host";
      }
      if (t instanceof HttpConnectTimeoutException || t instanceof SocketTimeoutException) {
        return "connect timed out";
      }
      if (t instanceof ConnectException && t.getMessage() != null
          && t.getMessage().toLowerCase(Locale.ROOT).contains("refused")) {
        return "connection refused";
      }
      // The JDK's HttpClient reports a refused connection without a message, with the closed
      // channel as its cause.
      if (t instanceof ConnectException && t.getMessage() == null && t.getCause() instanceof ClosedChannelException) {
        return "connection refused or closed";
      }
    }
    String message = null;
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t.getMessage() != null && !t.getMessage().isBlank()) {
        message = t.getMessage();
      }
    }
    return message != null ? message : error.getClass().getSimpleName();
  }
}
