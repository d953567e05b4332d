package id.banyuwangi.kampung.ingestion;

import id.banyuwangi.kampung.domain.lake.ReasonCode;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.zip.ZipException;

/**
 * Decompresses a gzip file of one or more members (RFC 1952), knowing exactly where the last
 * complete member ends, which neither {@link java.util.zip.GZIPInputStream} (it silently ignores
 * what follows) nor Hadoop's codec (its error does not say) tells:
 *
 * <ul>
 *   <li>a stream that ends inside a member: {@link EOFException} (a truncated upload);
 *   <li>a corrupt member (bad deflate data, CRC or size): {@link ZipException};
 *   <li>data that is not gzip at all: {@link SourceFault} {@code NOT_GZIP};
 *   <li>bytes after the last member that do not start another one: {@link SourceFault}
 *       {@code TRAILING_DATA}, once everything before has been returned.
 * </ul>
 *
 * An empty input is an empty stream.
 */
final class GzipMembers extends InputStream {
  private static final int FHCRC = 2;
  private static final int FEXTRA = 4;
  private static final int FNAME = 8;
  private static final int FCOMMENT = 16;

  private final InputStream raw;
  private final byte[] buf = new byte[1 << 16];
  private final Inflater inflater = new Inflater(true);
  private final CRC32 crc = new CRC32();
  private int pos;
  private int lim;
  /** Raw bytes before {@code buf[0]}. */
  private long bufStart;
  private boolean inMember;
  private boolean done;
  private int members;
  private long memberEnd;

  GzipMembers(InputStream raw) {
    this.raw = raw;
  }

  /** The raw offset right after the last complete member. */
  long memberEnd() {
    return memberEnd;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    while (true) {
      if (done) {
        return -1;
      }
      if (!inMember && !startMember()) {
        done = true;
        return -1;
      }
      if (inflater.needsInput()) {
        if (pos == lim && !fill()) {
          throw new EOFException("gzip stream ends early");
        }
        inflater.setInput(buf, pos, lim - pos);
      }
      int n;
      try {
        n = inflater.inflate(b, off, len);
      } catch (DataFormatException e) {
        throw new ZipException("corrupt gzip data: " + e.getMessage());
      }
      pos = lim - inflater.getRemaining();
      if (n > 0) {
        crc.update(b, off, n);
        return n;
      }
      if (inflater.finished()) {
        readTrailer();
      } else if (inflater.needsDictionary()) {
        throw new ZipException("gzip data needs a preset dictionary");
      }
    }
  }

  /** Reads a member header; false at a clean end (no more bytes). */
  private boolean startMember() throws IOException {
    int b1 = nextByte();
    if (b1 < 0) {
      return false;
    }
    int b2 = nextByte();
    if (b1 != 0x1f || b2 != 0x8b) {
      throw members == 0
          ? new SourceFault(ReasonCode.NOT_GZIP, "the file is named .gz but is not gzip data")
          : new SourceFault(ReasonCode.TRAILING_DATA, "data after the end of the gzip stream");
    }
    if (need() != 8) {
      throw new ZipException("gzip member with an unknown compression method");
    }
    int flags = need();
    skip(6); // mtime, extra flags, OS
    if ((flags & FEXTRA) != 0) {
      skip(need() | need() << 8);
    }
    if ((flags & FNAME) != 0) {
      skipZeroTerminated();
    }
    if ((flags & FCOMMENT) != 0) {
      skipZeroTerminated();
    }
    if ((flags & FHCRC) != 0) {
      skip(2);
    }
    inflater.reset();
    crc.reset();
    inMember = true;
    return true;
  }

  private void readTrailer() throws IOException {
    long storedCrc = need() | (long) need() << 8 | (long) need() << 16 | (long) need() << 24;
    long storedSize = need() | (long) need() << 8 | (long) need() << 16 | (long) need() << 24;
    if (storedCrc != crc.getValue() || storedSize != (inflater.getBytesWritten() & 0xffffffffL)) {
      throw new ZipException("corrupt gzip member (CRC or size mismatch)");
    }
    members++;
    memberEnd = bufStart + pos;
    inMember = false;
  }

  private int nextByte() throws IOException {
    if (pos == lim && !fill()) {
      return -1;
    }
    return buf[pos++] & 0xff;
  }

  private int need() throws IOException {
    int b = nextByte();
    if (b < 0) {
      throw new EOFException("gzip stream ends early");
    }
    return b;
  }

  private void skip(int n) throws IOException {
    for (int i = 0; i < n; i++) {
      need();
    }
  }

  private void skipZeroTerminated() throws IOException {
    while (need() != 0) {
      // skip
    }
  }

  private boolean fill() throws IOException {
    bufStart += lim;
    pos = 0;
    lim = 0;
    int n;
    do {
      n = raw.read(buf, 0, buf.length);
    } while (n == 0);
    if (n < 0) {
      return false;
    }
    lim = n;
    return true;
  }

  @Override
  public void close() {
    inflater.end();
  }
}
