package id.banyuwangi.kampung.ingestion;

import id.banyuwangi.kampung.domain.lake.ReasonCode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipException;
import org.junit.jupiter.api.Test;

/** Bounded line reading and gzip member decoding, in plain Java. */
class SourceLinesTest {
  private static SourceLines lines(byte[] bytes) {
    return new SourceLines(new ByteArrayInputStream(bytes));
  }

  @Test
  void aLineLongerThanAnyJavaArrayIsSkippedWithItsPrefixKept() throws IOException {
    long length = 2_500_000_000L; // a buffering reader could not even hold it
    InputStream huge = new InputStream() {
      private long sent;

      @Override
      public int read() {
        throw new UnsupportedOperationException();
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (sent > length) {
          return -1;
        }
        int n = (int) Math.min(len, length + 1 - sent);
        Arrays.fill(b, off, off + n, (byte) 'x');
        if (sent + n == length + 1) {
          b[off + n - 1] = '\n';
        }
        sent += n;
        return n;
      }
    };
    SourceLines reader = new SourceLines(new java.io.SequenceInputStream(
        new ByteArrayInputStream("first\n".getBytes()), new java.io.SequenceInputStream(huge,
            new ByteArrayInputStream("last".getBytes()))));
    assertEquals(SourceLines.Line.clean("first"), reader.next());
    SourceLines.Line big = reader.next();
    assertEquals(ReasonCode.LINE_TOO_LONG, big.fault());
    assertEquals("x".repeat(SourceLines.KEPT_BYTES), big.text());
    assertTrue(big.detail().startsWith("the line has 2,500,000,000 bytes"), big.detail());
    assertEquals(SourceLines.Line.clean("last"), reader.next());
    assertNull(reader.next());
  }

  @Test
  void latin1LinesAreFlaggedWithTheirBytesKeptAndRealReplacementCharactersPass() throws IOException {
    byte[] latin1 = "caf\u00e9\r\nplain\n\uFFFD ok\n".getBytes(StandardCharsets.ISO_8859_1);
    // the third line is written as UTF-8 so it holds a real U+FFFD
    byte[] bytes = concat(Arrays.copyOf(latin1, 12), "\uFFFD ok\n".getBytes(StandardCharsets.UTF_8));
    SourceLines reader = lines(bytes);
    SourceLines.Line cafe = reader.next();
    assertEquals(ReasonCode.INVALID_ENCODING, cafe.fault());
    assertEquals("caf\u00e9", cafe.text());
    assertTrue(cafe.detail().contains("byte 0xE9 at offset 3"), cafe.detail());
    assertEquals(SourceLines.Line.clean("plain"), reader.next());
    assertEquals(SourceLines.Line.clean("\uFFFD ok"), reader.next());
    assertNull(reader.next());
  }

  @Test
  void utf16AndBinaryAreRefusedBeforeTheFirstLine() {
    for (byte[] bytes : List.of("\uFEFFa,b\n".getBytes(StandardCharsets.UTF_16LE), "\uFEFFa,b\n".getBytes(StandardCharsets.UTF_16BE),
        "village_code,as_of\n".getBytes(StandardCharsets.UTF_16LE))) {
      SourceFault f = assertThrows(SourceFault.class, () -> lines(bytes).next());
      assertEquals(ReasonCode.UNSUPPORTED_ENCODING, f.reason());
    }
    byte[] binary = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    assertEquals(ReasonCode.BINARY_FILE, assertThrows(SourceFault.class, () -> lines(binary).next()).reason());
  }

  @Test
  void gzipMembersAreReadWholeAndWhatFollowsIsReported() throws IOException {
    byte[] one = Fixtures.gzip(List.of("a", "b"));
    byte[] two = Fixtures.gzip(List.of("c"));
    assertArrayEquals("a\nb\nc\n".getBytes(), new GzipMembers(new ByteArrayInputStream(concat(one, two))).readAllBytes());
    assertArrayEquals(new byte[0], new GzipMembers(new ByteArrayInputStream(new byte[0])).readAllBytes());

    GzipMembers trailing = new GzipMembers(new ByteArrayInputStream(concat(one, "garbage".getBytes())));
    byte[] out = new byte[100];
    int n = trailing.read(out, 0, out.length);
    assertEquals("a\nb\n", new String(out, 0, n));
    SourceFault f = assertThrows(SourceFault.class, () -> trailing.read(out, 0, out.length));
    assertEquals(ReasonCode.TRAILING_DATA, f.reason());
    assertEquals(one.length, trailing.memberEnd());

    assertEquals(ReasonCode.NOT_GZIP, assertThrows(SourceFault.class,
        () -> new GzipMembers(new ByteArrayInputStream("plain text".getBytes())).readAllBytes()).reason());
    assertThrows(EOFException.class, () -> new GzipMembers(new ByteArrayInputStream(Arrays.copyOf(one, one.length - 3))).readAllBytes());
    byte[] corrupt = one.clone();
    corrupt[corrupt.length - 6] ^= 1; // the CRC
    assertThrows(ZipException.class, () -> new GzipMembers(new ByteArrayInputStream(corrupt)).readAllBytes());
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] all = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
