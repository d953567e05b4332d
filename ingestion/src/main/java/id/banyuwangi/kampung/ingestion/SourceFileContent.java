package id.banyuwangi.kampung.ingestion;

import id.banyuwangi.kampung.domain.lake.ReasonCode;

import id.banyuwangi.kampung.domain.fault.FaultPoint;
import java.io.EOFException;
import java.io.FileNotFoundException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * One source file read in a Spark task, through the Hadoop FileSystem (any URI), in one pass: its
 * lines ({@link SourceLines}; {@code *.gz} decompressed by {@link GzipMembers}), the sha256 and
 * size of its raw bytes, and what made it unreadable, if anything, as one {@link Fault}: the
 * lines before a fault are kept. What every source's reader shares.
 *
 * @param fault null, or the file's one quarantine record
 * @param sha256 null for a directory (it is not recorded as ingested, so it is reported again)
 */
record SourceFileContent(List<SourceLines.Line> lines, Fault fault, String sha256, long size) {

  /** A file-level quarantine record; {@code lineNo} 0 when it is the whole file's. */
  record Fault(ReasonCode reason, String detail, long lineNo) {}

  static SourceFileContent read(Configuration conf, String pathString, String name) {
    FaultPoint.reach("ingest.read");
    Path path = new Path(pathString);
    MessageDigest sha = newDigest();
    long[] size = {0};
    List<SourceLines.Line> lines = new ArrayList<>();
    Fault fault = null;
    try {
      FileSystem fs = path.getFileSystem(conf);
      InputStream opened;
      try {
        opened = fs.open(path);
      } catch (FileNotFoundException e) {
        if (fs.exists(path) && fs.getFileStatus(path).isDirectory()) {
          return new SourceFileContent(List.of(), new Fault(ReasonCode.NOT_A_FILE,
              "a directory where a source file is expected: nothing in it is read", 0), null, 0);
        }
        throw e;
      }
      GzipMembers gzip = null;
      try (DigestInputStream raw = new DigestInputStream(counting(opened, size), sha)) {
        gzip = name.endsWith(".gz") ? new GzipMembers(raw) : null;
        SourceLines reader = new SourceLines(gzip == null ? raw : gzip);
        try {
          SourceLines.Line line;
          while ((line = reader.next()) != null) {
            lines.add(line);
          }
        } catch (SourceFault f) {
          fault = new Fault(f.reason(), f.getMessage(), f.reason() == ReasonCode.TRAILING_DATA ? lines.size() + 1 : 0);
        } catch (EOFException | ZipException e) {
          // Everything decompressed before the break is kept; the partial last line is the break.
          fault = new Fault(ReasonCode.TRUNCATED_FILE, "gzip stream ends early (" + e.getClass().getSimpleName()
              + ") after " + lines.size() + " complete lines", lines.size() + 1);
        }
        // Hash the bytes the reading did not need (gzip trailer, garbage after a break).
        byte[] buf = new byte[1 << 16];
        while (raw.read(buf) >= 0) {
          // drain
        }
      } finally {
        if (gzip != null) {
          gzip.close();
        }
      }
      if (fault != null && fault.reason() == ReasonCode.TRAILING_DATA) {
        fault = new Fault(ReasonCode.TRAILING_DATA, String.format(Locale.ROOT,
            "%,d bytes after the end of the gzip stream (at byte %,d) are not gzip data; the %d lines before are kept",
            size[0] - gzip.memberEnd(), gzip.memberEnd(), lines.size()), fault.lineNo());
      }
      if (fault == null && lines.isEmpty()) {
        fault = new Fault(ReasonCode.EMPTY_FILE, size[0] == 0 ? "the file is empty (0 bytes)"
            : "the file holds no data (" + size[0] + " bytes of gzip around nothing)", 0);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read source file " + name, e);
    }
    return new SourceFileContent(lines, fault, HexFormat.of().formatHex(sha.digest()), size[0]);
  }

  /** The sha256 of a file's raw bytes, through the Hadoop FileSystem. */
  static String sha256Of(HadoopConf conf, String pathString) {
    Path path = new Path(pathString);
    MessageDigest sha = newDigest();
    try (InputStream in = new DigestInputStream(path.getFileSystem(conf.get()).open(path), sha)) {
      byte[] buf = new byte[1 << 16];
      while (in.read(buf) >= 0) {
        // digest
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read file " + path.getName(), e);
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  private static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static InputStream counting(InputStream in, long[] count) {
    return new FilterInputStream(in) {
      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
          count[0]++;
        }
        return b;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
          count[0] += n;
        }
        return n;
      }
    };
  }
}
