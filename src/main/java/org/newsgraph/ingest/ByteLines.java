package org.newsgraph.ingest;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Splits a stream into lines of raw bytes ({@code \n} or {@code \r\n} endings), so that each
 * line can be decoded, hashed and reported on by itself. Not thread-safe.
 */
final class ByteLines {

  private final InputStream in;
  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(1024);
  private int number;

  ByteLines(InputStream in) {
    this.in = in instanceof BufferedInputStream ? in : new BufferedInputStream(in);
  }

  /** The next line without its ending, or null at the end of the stream. */
  byte[] next() throws IOException {
    buffer.reset();
    int b;
    boolean any = false;
    while ((b = in.read()) != -1) {
      any = true;
      if (b == '\n') {
        break;
      }
      buffer.write(b);
    }
    if (!any) {
      return null;
    }
    number++;
    byte[] line = buffer.toByteArray();
    if (line.length > 0 && line[line.length - 1] == '\r') {
      return java.util.Arrays.copyOf(line, line.length - 1);
    }
    return line;
  }

  /** 1-based number of the line last returned by {@link #next()}. */
  int number() {
    return number;
  }
}
