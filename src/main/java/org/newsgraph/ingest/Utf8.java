package org.newsgraph.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 decoding: binary data is refused instead of being turned into replacement characters. */
final class Utf8 {

  private Utf8() {}

  /**
   * Decodes text, refusing NUL bytes and invalid UTF-8 (the signs of a binary file).
   *
   * @param line line number to report a problem at (0 for a whole file)
   */
  static String decode(byte[] bytes, int line) throws BadInputException {
    int nul = indexOfNul(bytes);
    if (nul >= 0) {
      throw new BadInputException(line, "binary content (NUL byte at offset " + nul + "), not text");
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate((int) Math.ceil(bytes.length * (double) decoder.maxCharsPerByte()));
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      throw new BadInputException(line,
          "not valid UTF-8 (bad byte at offset " + in.position() + "): binary or another encoding");
    }
    return out.flip().toString();
  }

  /** Offset of the first NUL byte, or -1. */
  static int indexOfNul(byte[] bytes) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        return i;
      }
    }
    return -1;
  }
}
