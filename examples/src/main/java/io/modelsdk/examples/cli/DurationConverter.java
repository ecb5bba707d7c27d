package io.modelsdk.examples.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a duration option ({@code --timeout}, {@code --deadline}): a number with a unit, {@code 500ms},
 * {@code 30s}, {@code 2m}, {@code 1h}, or a bare number of seconds ({@code 2.5}), as the options took
 * before units were added. It is kept in whole milliseconds and must be above zero; anything else is
 * refused with one plain line, such as {@code expected a duration such as 30s, 500ms or 2m, got 'abc'}.
 */
final class DurationConverter implements ITypeConverter<Duration> {
  private static final Pattern DURATION = Pattern.compile("([-+]?[0-9]+(?:\\.[0-9]*)?|[-+]?\\.[0-9]+)(ms|s|m|h)?");
  static final String EXAMPLES = "such as 30s, 500ms or 2m";

  @Override
  public Duration convert(String value) {
    Matcher m = DURATION.matcher(value.trim().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw new TypeConversionException("expected a duration " + EXAMPLES + ", got '" + value + "'");
    }
    BigDecimal millis = new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(millisPer(m.group(2))))
        .setScale(0, RoundingMode.HALF_UP);
    if (millis.signum() <= 0) {
      throw new TypeConversionException("expected a duration above zero, " + EXAMPLES + ", got '" + value + "'");
    }
    if (millis.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
      throw new TypeConversionException("expected a duration " + EXAMPLES + ", got '" + value + "' (too long)");
    }
    return Duration.ofMillis(millis.longValueExact());
  }

  private static long millisPer(String unit) {
    if (unit == null || unit.equals("s")) {
      return 1000;
    }
    switch (unit) {
      case "ms":
        return 1;
      case "m":
        return 60_000;
      default:
        return 3_600_000;
    }
  }
}
