package io.modelsdk.scale;

import io.modelsdk.core.spi.AllowNulls;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * Sizes and capacities of a base model ({@code base_model_metadata.modelDetails}).
 *
 * <pre>{@code
 * details.tokenContextWindow().ifPresent(w -> System.out.println(w + " tokens"));
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableScaleBaseModelDetails.class)
@JsonDeserialize(builder = ScaleBaseModelDetails.Builder.class)
public abstract class ScaleBaseModelDetails {
  ScaleBaseModelDetails() {}

  /** Returns a builder, for create and update parameters. */
  public static Builder builder() {
    return new Builder();
  }

  /** The number of parameters; a long, since models pass two billion. */
  @JsonProperty("number_of_parameters")
  public abstract OptionalLong numberOfParameters();

  /** The context window, in tokens. */
  @JsonProperty("token_context_window")
  public abstract OptionalLong tokenContextWindow();

  /** The number of languages. */
  @JsonProperty("languages")
  public abstract OptionalLong languages();

  /** The number of alignments. */
  @JsonProperty("alignments")
  public abstract OptionalLong alignments();

  /** Fields this version of the SDK does not know, by JSON name. */
  @JsonAnyGetter
  @AllowNulls
  public abstract Map<String, Object> additionalProperties();

  /** Builds a {@link ScaleBaseModelDetails}; every field is optional. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  public static final class Builder extends ImmutableScaleBaseModelDetails.Builder {
    Builder() {}
  }
}
