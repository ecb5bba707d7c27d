package io.modelsdk.core.spi;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * The base of a vendor's open enums: one wire string, compared by class and value, shown as is. A vendor
 * declares its known values as constants and a {@code @JsonCreator of(String)}; being a class rather than
 * an enum, a value newer than this SDK is kept as it came and written back unchanged, so a server that
 * adds a value never makes an answer unreadable.
 *
 * <pre>{@code
 * public final class ScaleModelType extends WireValue {
 *   public static final ScaleModelType CHAT_COMPLETION = new ScaleModelType("CHAT_COMPLETION");
 *   private ScaleModelType(String value) { super(value); }
 *   @JsonCreator public static ScaleModelType of(String value) { return new ScaleModelType(value); }
 * }
 * }</pre>
 */
public abstract class WireValue {
  private final String value;

  /** Any text but null is kept, since the server may send values newer than this SDK. */
  protected WireValue(String value) {
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
  protected static String checkQueryValue(String value) {
    Objects.requireNonNull(value, "value == null");
    if (value.trim().isEmpty() || value.indexOf(',') >= 0) {
      throw new IllegalArgumentException("value must be non-blank and hold no comma: '" + value + "'");
    }
    return value;
  }
}
