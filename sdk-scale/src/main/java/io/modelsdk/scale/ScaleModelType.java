package io.modelsdk.scale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A Scale model type ({@code model_type}), such as {@code CHAT_COMPLETION}.
 *
 * <p>A value class rather than an enum: a value this SDK version does not know is kept as it came, and
 * written back unchanged.
 *
 * <pre>{@code
 * if (ScaleModelType.CHAT_COMPLETION.equals(model.modelType())) { ... }
 * ScaleModelType future = ScaleModelType.of("SOMETHING_NEW"); // kept as "SOMETHING_NEW"
 * }</pre>
 */
public final class ScaleModelType {
  /** {@code COMPLETION}. */
  public static final ScaleModelType COMPLETION = new ScaleModelType("COMPLETION");

  /** {@code CHAT_COMPLETION}. */
  public static final ScaleModelType CHAT_COMPLETION = new ScaleModelType("CHAT_COMPLETION");

  /** {@code AGENT}. */
  public static final ScaleModelType AGENT = new ScaleModelType("AGENT");

  /** {@code EMBEDDING}. */
  public static final ScaleModelType EMBEDDING = new ScaleModelType("EMBEDDING");

  /** {@code RERANKING}. */
  public static final ScaleModelType RERANKING = new ScaleModelType("RERANKING");

  /** {@code GENERIC}. */
  public static final ScaleModelType GENERIC = new ScaleModelType("GENERIC");

  /** {@code BUNDLE}. */
  public static final ScaleModelType BUNDLE = new ScaleModelType("BUNDLE");

  private final String value;

  private ScaleModelType(String value) {
    this.value = value;
  }

  /** The value for {@code value}, known or not. */
  @JsonCreator
  public static ScaleModelType of(String value) {
    return new ScaleModelType(WireValues.check(value));
  }

  /** The value as sent on the wire. */
  @JsonValue
  public String value() {
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ScaleModelType && value.equals(((ScaleModelType) o).value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }
}
