package io.modelsdk.scale;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * What the enum-like value classes share: one wire string, compared by class and value, shown as is.
 * They are classes rather than enums so a value newer than this SDK is kept and written back unchanged.
 */
abstract class WireValue {
  private final String value;

  /** Any text but null is kept, since the server may send values newer than this SDK. */
  WireValue(String value) {
    this.value = Objects.requireNonNull(value, "value == null");
  }

  /** The value as sent on the wire. */
  @JsonValue
  public final String value() {
    return value;
  }

  @Override
  public final boolean equals(Object o) {
    return o != null && o.getClass() == getClass() && value.equals(((WireValue) o).value);
  }

  @Override
  public final int hashCode() {
    return value.hashCode();
  }

  @Override
  public final String toString() {
    return value;
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
