package id.banyuwangi.kampung.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A page of a list answer: {@code limit} rows (1..{@value #MAX_LIMIT}; absent: all) after the
 * first {@code offset}, as a {@code cursor} from the previous page says. The rows are in one
 * stable order and the cursor names the build it pages through, so every page of a listing comes
 * from the same build even when a newer one is published meanwhile ({@link BuildChoice}).
 */
record Page(long offset, Integer limit) {
  static final int MAX_LIMIT = 10_000;
  static final Page ALL = new Page(0, null);
  private static final Pattern LIMIT = Pattern.compile("\\d{1,9}");
  private static final Pattern BUILD = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  /** What a cursor holds. */
  record Cursor(String buildId, long offset) {
    String encode() {
      return Base64.getUrlEncoder().withoutPadding()
          .encodeToString((buildId + ":" + offset).getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor of {@code raw}, null when absent; a 400 when it is not one this server made. */
    static Cursor decode(String raw) {
      if (raw == null || raw.isEmpty()) {
        return null;
      }
      String text;
      try {
        if (raw.length() > 200) {
          throw new IllegalArgumentException();
        }
        text = new String(Base64.getUrlDecoder().decode(raw), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        throw new BadRequest("malformed cursor: pass the cursor of the previous page's 'next' as it is");
      }
      int colon = text.lastIndexOf(':');
      if (colon < 0 || !BUILD.matcher(text.substring(0, colon)).matches() || !text.substring(colon + 1).matches("\\d{1,12}")) {
        throw new BadRequest("malformed cursor: pass the cursor of the previous page's 'next' as it is");
      }
      return new Cursor(text.substring(0, colon), Long.parseLong(text.substring(colon + 1)));
    }
  }

  /** The page a request asks for: {@code limit} and {@code cursor}. */
  static Page of(Params params) {
    String rawLimit = params.query("limit");
    Integer limit = null;
    if (rawLimit != null && !rawLimit.isEmpty()) {
      if (!LIMIT.matcher(rawLimit).matches() || Integer.parseInt(rawLimit) < 1 || Integer.parseInt(rawLimit) > MAX_LIMIT) {
        throw new BadRequest("limit must be a whole number from 1 to " + MAX_LIMIT
            + " (for everything at once use /api/v1/export)");
      }
      limit = Integer.parseInt(rawLimit);
    }
    Cursor cursor = Cursor.decode(params.query("cursor"));
    if (cursor != null && limit == null) {
      throw new BadRequest("a cursor pages with a limit: pass the same limit as the first page");
    }
    return new Page(cursor == null ? 0 : cursor.offset(), limit);
  }

  /** This page of {@code rows} (all of them, in order). */
  <T> List<T> of(List<T> rows) {
    if (limit == null) {
      return rows;
    }
    int from = (int) Math.min(offset, rows.size());
    return rows.subList(from, (int) Math.min(rows.size(), from + (long) limit));
  }

  /** The cursor of the page after this one of {@code total} rows, or null when this is the last. */
  String next(String buildId, int total) {
    return limit != null && offset + limit < total ? new Cursor(buildId, offset + limit).encode() : null;
  }
}
