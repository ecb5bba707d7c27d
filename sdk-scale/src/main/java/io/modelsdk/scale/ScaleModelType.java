package io.modelsdk.scale;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.modelsdk.core.spi.WireValue;

/**
 * A Scale model type ({@code model_type}), such as {@code CHAT_COMPLETION}.
 *
 * <p>A value class rather than an enum: a value this SDK version does not know is kept as it came, and
 * written back unchanged. The constants are the types this SDK version knows, each named as sent.
 *
 * <pre>{@code
 * if (ScaleModelType.CHAT_COMPLETION.equals(model.modelType())) { ... }
 * ScaleModelType future = ScaleModelType.of("SOMETHING_NEW"); // kept as "SOMETHING_NEW"
 * }</pre>
 */
public final class ScaleModelType extends WireValue {
  public static final ScaleModelType COMPLETION = new ScaleModelType("COMPLETION");
  public static final ScaleModelType CHAT_COMPLETION = new ScaleModelType("CHAT_COMPLETION");
  public static final ScaleModelType AGENT = new ScaleModelType("AGENT");
  public static final ScaleModelType EMBEDDING = new ScaleModelType("EMBEDDING");
  public static final ScaleModelType RERANKING = new ScaleModelType("RERANKING");
  public static final ScaleModelType GENERIC = new ScaleModelType("GENERIC");
  public static final ScaleModelType BUNDLE = new ScaleModelType("BUNDLE");

  private ScaleModelType(String value) {
    super(value);
  }

  /** The value for {@code value}, known or not. */
  @JsonCreator
  public static ScaleModelType of(String value) {
    return new ScaleModelType(value);
  }
}
