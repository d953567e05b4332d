package id.banyuwangi.kampung.ingestion;

import id.banyuwangi.kampung.domain.lake.ReasonCode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Splits a source file's (decompressed) bytes into lines at {@code \n} (a trailing {@code \r} is
 * dropped), with bounded memory, reading in chunks and keeping no decoded data in a reader's
 * buffer, so every complete line before a stream error has been returned when the error surfaces.
 *
 * <p>The contract's files are UTF-8 text. Before the first line, a file that starts with a UTF-16
 * or UTF-32 byte order mark, or whose first block has NUL bytes, is refused with a
 * {@link SourceFault} ({@code UNSUPPORTED_ENCODING} when the NULs fall like UTF-16's, else
 * {@code BINARY_FILE}). A line that is not valid UTF-8 (a Latin-1 export, say) comes with
 * {@code INVALID_ENCODING} and its bytes as ISO-8859-1 characters, so none is lost. A line longer
 * than {@link #MAX_LINE_BYTES} is skipped to its end without being held: it comes with
 * {@code LINE_TOO_LONG} and only its first {@link #KEPT_BYTES} bytes.
 */
final class SourceLines {
  /** Far above any contract line (kiosk events are under 1 KB, CSV rows a few hundred bytes). */
  static final int MAX_LINE_BYTES = 1 << 20;
  /** What a too-long line keeps for bronze and quarantine. */
  static final int KEPT_BYTES = 1024;
  private static final int SNIFF_BYTES = 4096;

  /** One line: its text and, when it cannot be read as a record, why. */
  record Line(String text, ReasonCode fault, String detail) {
    static Line clean(String text) {
      return new Line(text, null, null);
    }
  }

  private final InputStream in;
  private final byte[] buf = new byte[1 << 16];
  private int pos;
  private int len;
  private boolean eof;
  private boolean sniffed;
  private final ByteArrayOutputStream line = new ByteArrayOutputStream(256);
  /** Bytes of the current line, also those not kept. */
  private long lineBytes;
  private final CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);

  SourceLines(InputStream in) {
    this.in = in;
  }

  /** The next line, or null at the end; a last line without a newline is returned too. */
  Line next() throws IOException {
    while (true) {
      for (int i = pos; i < len; i++) {
        if (buf[i] == '\n') {
          append(pos, i - pos);
          pos = i + 1;
          return take();
        }
      }
      append(pos, len - pos);
      pos = len;
      if (eof) {
        return lineBytes > 0 ? take() : null;
      }
      int n = in.read(buf, 0, buf.length);
      if (n < 0) {
        eof = true;
        len = 0;
      } else {
        len = n;
        if (!sniffed) {
          sniffed = true;
          sniff(n);
        }
      }
      pos = 0;
    }
  }

  private void append(int from, int n) {
    lineBytes += n;
    int room = MAX_LINE_BYTES + 1 - line.size();
    if (room > 0) {
      line.write(buf, from, Math.min(n, room));
    }
  }

  private Line take() {
    byte[] bytes = line.toByteArray();
    long total = lineBytes;
    line.reset();
    lineBytes = 0;
    if (total > MAX_LINE_BYTES) {
      return new Line(new String(bytes, 0, KEPT_BYTES, StandardCharsets.UTF_8), ReasonCode.LINE_TOO_LONG,
          String.format(Locale.ROOT, "the line has %,d bytes, more than the %,d a record may have; its first %,d bytes are kept",
              total, MAX_LINE_BYTES, KEPT_BYTES));
    }
    int n = bytes.length;
    if (n > 0 && bytes[n - 1] == '\r') {
      n--;
    }
    String text = new String(bytes, 0, n, StandardCharsets.UTF_8);
    if (text.indexOf('\uFFFD') < 0) {
      return Line.clean(text);
    }
    // A replacement character: either a real U+FFFD or bytes that are not UTF-8.
    ByteBuffer input = ByteBuffer.wrap(bytes, 0, n);
    CoderResult result = strict.reset().decode(input, CharBuffer.allocate(n), true);
    if (!result.isError()) {
      return Line.clean(text);
    }
    int at = input.position();
    return new Line(new String(bytes, 0, n, StandardCharsets.ISO_8859_1), ReasonCode.INVALID_ENCODING,
        String.format(Locale.ROOT, "the line is not UTF-8 (byte 0x%02X at offset %d); its bytes are kept as ISO-8859-1",
            bytes[at] & 0xff, at));
  }

  /** Refuses text that is not UTF-8 at all, from the file's first block. */
  private void sniff(int n) throws SourceFault {
    if (n >= 4 && (startsWith(0xff, 0xfe, 0, 0) || startsWith(0, 0, 0xfe, 0xff))) {
      throw encoding("UTF-32 (byte order mark)");
    }
    if (n >= 2 && (startsWith(0xff, 0xfe) || startsWith(0xfe, 0xff))) {
      throw encoding(buf[0] == (byte) 0xff ? "UTF-16LE (byte order mark FF FE)" : "UTF-16BE (byte order mark FE FF)");
    }
    int m = Math.min(n, SNIFF_BYTES);
    int evenNuls = 0;
    int oddNuls = 0;
    for (int i = 0; i < m; i++) {
      if (buf[i] == 0) {
        if (i % 2 == 0) {
          evenNuls++;
        } else {
          oddNuls++;
        }
      }
    }
    if (evenNuls + oddNuls == 0) {
      return;
    }
    // ASCII text in UTF-16 has a NUL in every other byte and none in between.
    int half = m / 2;
    if (oddNuls > half * 0.6 && evenNuls == 0) {
      throw encoding("UTF-16LE without a byte order mark");
    }
    if (evenNuls > half * 0.6 && oddNuls == 0) {
      throw encoding("UTF-16BE without a byte order mark");
    }
    throw new SourceFault(ReasonCode.BINARY_FILE, String.format(Locale.ROOT,
        "the file is binary, not text (%d NUL bytes in its first %,d bytes)", evenNuls + oddNuls, m));
  }

  private boolean startsWith(int... bytes) {
    for (int i = 0; i < bytes.length; i++) {
      if ((buf[i] & 0xff) != bytes[i]) {
        return false;
      }
    }
    return true;
  }

  private static SourceFault encoding(String what) {
    return new SourceFault(ReasonCode.UNSUPPORTED_ENCODING, "the file is " + what + "; sources must be UTF-8");
  }
}
