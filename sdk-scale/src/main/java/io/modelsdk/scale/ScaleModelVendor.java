package io.modelsdk.scale;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.modelsdk.core.spi.WireValue;

/**
 * The vendor behind a Scale model ({@code model_vendor}), such as {@code OPENAI}.
 *
 * <p>A value class rather than an enum: a value this SDK version does not know is kept as it came, and
 * written back unchanged. The constants are the vendors this SDK version knows, each named as sent.
 *
 * <pre>{@code
 * if (ScaleModelVendor.OPENAI.equals(model.modelVendor().orElse(null))) { ... }
 * ScaleModelVendor future = ScaleModelVendor.of("SOMETHING_NEW"); // kept as "SOMETHING_NEW"
 * }</pre>
 */
public final class ScaleModelVendor extends WireValue {
  public static final ScaleModelVendor OPENAI = new ScaleModelVendor("OPENAI");
  public static final ScaleModelVendor COHERE = new ScaleModelVendor("COHERE");
  public static final ScaleModelVendor GOOGLE = new ScaleModelVendor("GOOGLE");
  public static final ScaleModelVendor VERTEX_AI = new ScaleModelVendor("VERTEX_AI");
  public static final ScaleModelVendor ANTHROPIC = new ScaleModelVendor("ANTHROPIC");
  public static final ScaleModelVendor LAUNCH = new ScaleModelVendor("LAUNCH");
  public static final ScaleModelVendor LLMENGINE = new ScaleModelVendor("LLMENGINE");
  public static final ScaleModelVendor BEDROCK = new ScaleModelVendor("BEDROCK");
  public static final ScaleModelVendor FIREWORKS_AI = new ScaleModelVendor("FIREWORKS_AI");
  public static final ScaleModelVendor OTHER = new ScaleModelVendor("OTHER");

  private ScaleModelVendor(String value) {
    super(value);
  }

  /** The value for {@code value}, known or not. */
  @JsonCreator
  public static ScaleModelVendor of(String value) {
    return new ScaleModelVendor(value);
  }
}
