package org.newsgraph.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.UnresolvedAddressException;
import org.junit.jupiter.api.Test;

class ConnectFailureTest {

  @Test
  void namesTheCauseWhereverItIsInTheChain() {
    assertThat(ConnectFailure.reason(new RuntimeException("Unable to connect",
        new ConnectException("Connection refused: /127.0.0.1:7999")), "127.0.0.1")).isEqualTo("connection refused");
    assertThat(ConnectFailure.reason(new IOException(new UnknownHostException("news.invalid: Name or service not known")),
        "news.invalid")).isEqualTo("unknown host news.invalid");
    assertThat(ConnectFailure.reason(causedBy(new ConnectException(), new UnresolvedAddressException()),
        null)).isEqualTo("unknown host");
    assertThat(ConnectFailure.reason(causedBy(new ConnectException(), new ClosedChannelException()),
        "h")).isEqualTo("connection refused or closed");
    assertThat(ConnectFailure.reason(new NoRouteToHostException("No route to host"), "h")).isEqualTo("no route to host");
    assertThat(ConnectFailure.reason(new SocketTimeoutException("connect timed out"), "h")).isEqualTo("connect timed out");
  }

  @Test
  void otherwiseTheInnermostMessage() {
    assertThat(ConnectFailure.reason(new RuntimeException("outer", new IOException("handshake failed")), "h"))
        .isEqualTo("handshake failed");
    assertThat(ConnectFailure.reason(new ConnectException(), "h")).isEqualTo("ConnectException");
  }

  private static Throwable causedBy(Throwable error, Throwable cause) {
    return error.initCause(cause);
  }
}
