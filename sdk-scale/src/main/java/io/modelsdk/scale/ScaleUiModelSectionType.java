package io.modelsdk.scale;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.modelsdk.core.spi.WireValue;

/**
 * Where the Scale console shows a base model ({@code ui_model_section_type}).
 *
 * <p>A value class rather than an enum: a value this SDK version does not know is kept as it came, and
 * written back unchanged. The constants are the section types this SDK version knows, each named as sent.
 *
 * <pre>{@code
 * if (ScaleUiModelSectionType.PARTNER.equals(model.baseModelMetadata().flatMap(b -> b.uiModelSectionType()).orElse(null))) { ... }
 * ScaleUiModelSectionType future = ScaleUiModelSectionType.of("SOMETHING_NEW"); // kept as "SOMETHING_NEW"
 * }</pre>
 */
public final class ScaleUiModelSectionType extends WireValue {
  public static final ScaleUiModelSectionType PARTNER = new ScaleUiModelSectionType("PARTNER");
  public static final ScaleUiModelSectionType OPENSOURCE = new ScaleUiModelSectionType("OPENSOURCE");
  public static final ScaleUiModelSectionType CUSTOM = new ScaleUiModelSectionType("CUSTOM");

  private ScaleUiModelSectionType(String value) {
    super(value);
  }

  /** The value for {@code value}, known or not. */
  @JsonCreator
  public static ScaleUiModelSectionType of(String value) {
    return new ScaleUiModelSectionType(value);
  }
}
