package id.banyuwangi.kampung.generator;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Gzip members written with one reusable {@link Deflater}. The header is fixed (mtime 0, no file
 * name, OS 255 "unknown"), so the bytes depend only on the content and the zlib build.
 */
final class Gzip {
  private static final byte[] HEADER = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff};

  private final Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
  private final byte[] buf = new byte[16 * 1024];

  /**
   * The gzip of the given lines (each followed by a newline). With {@code keep >= 0} the member is
   * cut inside line {@code keep + 1} (0-based {@code keep}): sync flushes before and after that
   * line make exactly the first {@code keep} lines decodable, and no further newline.
   */
  byte[] lines(List<String> lines, int keep) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(lines.size() * 160 + 64);
    out.write(HEADER, 0, HEADER.length);
    CRC32 crc = new CRC32();
    long size = 0;
    int before = -1;
    int after = -1;
    deflater.reset();
    for (int i = 0; i < lines.size(); i++) {
      if (i == keep) {
        drain(out, Deflater.SYNC_FLUSH);
        before = out.size();
      }
      byte[] b = (lines.get(i) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
      crc.update(b);
      size += b.length;
      deflater.setInput(b);
      drain(out, i == keep ? Deflater.SYNC_FLUSH : Deflater.NO_FLUSH);
      if (i == keep) {
        after = out.size();
      }
    }
    deflater.finish();
    while (!deflater.finished()) {
      int n = deflater.deflate(buf, 0, buf.length);
      out.write(buf, 0, n);
    }
    long c = crc.getValue();
    writeIntLe(out, (int) c);
    writeIntLe(out, (int) size);
    byte[] all = out.toByteArray();
    if (keep < 0) {
      return all;
    }
    // after - before spans the deflate data of line keep+1 and a 4-5 byte sync marker.
    int cut = before + Math.max(1, (after - before - 5) / 2);
    return java.util.Arrays.copyOf(all, cut);
  }

  private void drain(ByteArrayOutputStream out, int flush) {
    int n;
    do {
      n = deflater.deflate(buf, 0, buf.length, flush);
      out.write(buf, 0, n);
    } while (n == buf.length || !deflater.needsInput());
  }

  private static void writeIntLe(ByteArrayOutputStream out, int v) {
    out.write(v & 0xff);
    out.write((v >>> 8) & 0xff);
    out.write((v >>> 16) & 0xff);
    out.write((v >>> 24) & 0xff);
  }

  void close() {
    deflater.end();
  }
}
