package io.modelsdk.scale;

import java.util.Objects;

/** The check the wire value classes share. */
final class WireValues {
  private WireValues() {}

  /** {@code value}, if not null; any other text is kept, since the server may send values newer than this SDK. */
  static String check(String value) {
    return Objects.requireNonNull(value, "value == null");
  }

  /** {@code value}, if it is neither null nor blank nor holds a comma, for values joined into a query. */
  static String checkQueryValue(String value) {
    Objects.requireNonNull(value, "value == null");
    if (value.trim().isEmpty() || value.indexOf(',') >= 0) {
      throw new IllegalArgumentException("value must be non-blank and hold no comma: '" + value + "'");
    }
    return value;
  }
}
