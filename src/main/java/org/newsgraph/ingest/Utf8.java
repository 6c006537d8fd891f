package org.newsgraph.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict decoding of text files: UTF-8, or UTF-16 when the file starts with its byte-order mark
 * (as editors on Windows save "Unicode" text). Binary data is refused instead of being turned into
 * replacement characters.
 */
final class Utf8 {

  private Utf8() {}

  /**
   * Decodes text, refusing NUL bytes and invalid UTF-8 (the signs of a binary file).
   *
   * @param line line number to report a problem at (0 for a whole file)
   */
  static String decode(byte[] bytes, int line) throws BadInputException {
    java.nio.charset.Charset utf16 = utf16ByMark(bytes);
    if (utf16 != null) {
      String text = strict(utf16, ByteBuffer.wrap(bytes, 2, bytes.length - 2), line, utf16.name());
      int nul = text.indexOf('\0');
      if (nul >= 0) {
        throw new BadInputException(line, "binary content (NUL character at character " + nul + "), not text");
      }
      return text;
    }
    int nul = indexOfNul(bytes);
    if (nul >= 0) {
      throw new BadInputException(line, "binary content (NUL byte at offset " + nul + "), not text");
    }
    return strict(StandardCharsets.UTF_8, ByteBuffer.wrap(bytes), line, "UTF-8");
  }

  /** UTF-16BE or UTF-16LE when the bytes start with that byte-order mark, else null. */
  static java.nio.charset.Charset utf16ByMark(byte[] bytes) {
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff) {
      return StandardCharsets.UTF_16BE;
    }
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe) {
      return StandardCharsets.UTF_16LE;
    }
    return null;
  }

  private static String strict(java.nio.charset.Charset charset, ByteBuffer in, int line, String name)
      throws BadInputException {
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    CharBuffer out = CharBuffer.allocate((int) Math.ceil(in.remaining() * (double) decoder.maxCharsPerByte()));
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      throw new BadInputException(line,
          "not valid " + name + " (bad byte at offset " + in.position() + "): binary or another encoding");
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
