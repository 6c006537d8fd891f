package org.newsgraph.ingest.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpResponse.BodySubscribers;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body as it arrives and gives up as soon as it passes the size limit, so
 * that an endless or huge body costs at most the limit in memory. A declared
 * {@code Content-Length} over the limit fails before any of the body is read. Bodies of
 * responses other than 2xx are discarded unread. One instance per response.
 */
final class CappedBody implements BodySubscriber<byte[]> {

  /** The body passed the limit; {@link PoliteHttp} turns it into a {@link FetchException}. */
  static final class TooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    TooLargeException(long maxBytes) {
      super("body larger than " + describeBytes(maxBytes));
    }
  }

  private final long maxBytes;
  private final boolean declaredTooLarge;
  private final ByteArrayOutputStream received = new ByteArrayOutputStream();
  private final CompletableFuture<byte[]> result = new CompletableFuture<>();
  private Flow.Subscription subscription;

  private CappedBody(long maxBytes, boolean declaredTooLarge) {
    this.maxBytes = maxBytes;
    this.declaredTooLarge = declaredTooLarge;
  }

  /** A handler that caps 2xx bodies at {@code maxBytes} and discards all other bodies. */
  static BodyHandler<byte[]> handler(long maxBytes) {
    return info -> {
      if (info.statusCode() / 100 != 2) {
        return BodySubscribers.replacing(new byte[0]);
      }
      long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
      return new CappedBody(maxBytes, declared > maxBytes);
    };
  }

  @Override
  public void onSubscribe(Flow.Subscription s) {
    subscription = s;
    if (declaredTooLarge) {
      tooLarge();
    } else {
      s.request(1);
    }
  }

  @Override
  public void onNext(List<ByteBuffer> buffers) {
    if (result.isDone()) {
      return;
    }
    for (ByteBuffer buffer : buffers) {
      if (received.size() + (long) buffer.remaining() > maxBytes) {
        tooLarge();
        return;
      }
      byte[] chunk = new byte[buffer.remaining()];
      buffer.get(chunk);
      received.writeBytes(chunk);
    }
    subscription.request(1);
  }

  @Override
  public void onError(Throwable error) {
    result.completeExceptionally(error);
  }

  @Override
  public void onComplete() {
    result.complete(received.toByteArray());
  }

  @Override
  public CompletionStage<byte[]> getBody() {
    return result;
  }

  private void tooLarge() {
    subscription.cancel();
    result.completeExceptionally(new TooLargeException(maxBytes));
  }

  /** {@code 5 MiB}, {@code 64 KiB} or {@code 1000 bytes}, whichever is exact. */
  static String describeBytes(long bytes) {
    if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
      return bytes / (1024 * 1024) + " MiB";
    }
    if (bytes >= 1024 && bytes % 1024 == 0) {
      return bytes / 1024 + " KiB";
    }
    return bytes + " bytes";
  }
}
