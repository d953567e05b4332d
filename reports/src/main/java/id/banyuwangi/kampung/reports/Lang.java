package id.banyuwangi.kampung.reports;

import id.banyuwangi.kampung.domain.indicator.Indicator;
import id.banyuwangi.kampung.domain.region.AreaLevel;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * The language of a report, a chart or a notebook page, the same setting as the dashboard's
 * {@code lang}: Indonesian by default, English with {@code en}. Names come from the catalog
 * ({@code name_id}, {@code name_en}); numbers follow the language (1.234,5 or 1,234.5); every
 * other text is a key of {@code Messages.properties} (Indonesian) or {@code Messages_en.properties}.
 */
public enum Lang {
  ID("id", Locale.forLanguageTag("id-ID")),
  EN("en", Locale.forLanguageTag("en-GB"));

  private final String code;
  private final Locale locale;
  private final ResourceBundle messages;

  Lang(String code, Locale locale) {
    this.code = code;
    this.locale = locale;
    // no fallback to the JVM's default locale: an Indonesian report stays Indonesian on an English machine
    this.messages = ResourceBundle.getBundle("id.banyuwangi.kampung.reports.Messages", Locale.forLanguageTag(code),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** {@code id} or {@code en}, as the dashboard's {@code lang=} and the command line's {@code --lang} take it. */
  public String code() {
    return code;
  }

  public Locale locale() {
    return locale;
  }

  /**
   * The language of a code ({@code id}, {@code en}, any case; null or empty: Indonesian).
   *
   * @throws IllegalArgumentException naming the accepted codes
   */
  public static Lang parse(String code) {
    if (code == null || code.isBlank()) {
      return ID;
    }
    return Arrays.stream(values()).filter(l -> l.code.equalsIgnoreCase(code.strip())).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown language '" + code + "': use "
            + Arrays.stream(values()).map(Lang::code).collect(Collectors.joining(" or "))));
  }

  /** A message of the bundle with its arguments put in ({@link MessageFormat}; pass numbers already formatted). */
  public String text(String key, Object... args) {
    return new MessageFormat(messages.getString(key), locale).format(args);
  }

  /** The indicator's name in this language, from the catalog. */
  public String name(Indicator indicator) {
    return this == EN ? indicator.nameEn() : indicator.nameId();
  }

  /** "Kecamatan" / "District". */
  public String level(AreaLevel level) {
    return text("level." + level.name());
  }
}
