package io.modelsdk.scale;

import io.modelsdk.core.spi.AllowNulls;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What Scale knows about a model's base model ({@code base_model_metadata}). Its details come in
 * {@code modelDetails}, the one camelCase field of the API.
 *
 * <pre>{@code
 * model.baseModelMetadata().flatMap(ScaleBaseModelMetadata::modelDetails)
 *     .ifPresent(d -> System.out.println(d.tokenContextWindow()));
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableScaleBaseModelMetadata.class)
@JsonDeserialize(builder = ScaleBaseModelMetadata.Builder.class)
public abstract class ScaleBaseModelMetadata {
  ScaleBaseModelMetadata() {}

  /** Returns a builder, for create and update parameters. */
  public static Builder builder() {
    return new Builder();
  }

  /** Where the console lists the model. */
  @JsonProperty("ui_model_section_type")
  public abstract Optional<ScaleUiModelSectionType> uiModelSectionType();

  /** Who developed the model. */
  @JsonProperty("model_developer")
  public abstract Optional<String> modelDeveloper();

  /** The model's licence. */
  @JsonProperty("model_license_url")
  public abstract Optional<String> modelLicenseUrl();

  /** When the model was delivered, as sent. */
  @JsonProperty("delivery_date")
  public abstract Optional<String> deliveryDate();

  /** Sizes and capacities of the model; {@code modelDetails} on the wire. */
  @JsonProperty("modelDetails")
  public abstract Optional<ScaleBaseModelDetails> modelDetails();

  /** Fields this version of the SDK does not know, by JSON name. */
  @JsonAnyGetter
  @AllowNulls
  public abstract Map<String, Object> additionalProperties();

  /** Builds a {@link ScaleBaseModelMetadata}; every field is optional. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  public static final class Builder extends ImmutableScaleBaseModelMetadata.Builder {
    Builder() {}
  }
}
