package io.modelsdk.scale;

import io.modelsdk.core.spi.AllowNulls;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of changing a model ({@code PATCH /v4/models/{id}}): only the fields set are sent, and
 * only those change.
 *
 * <pre>{@code
 * ScaleModel renamed = scale.models().update("model-id",
 *     ScaleModelUpdateParams.builder().displayName("Support bot v2").build());
 * }</pre>
 */
@Value.Immutable
@JsonPropertyOrder({"name", "model_type"})
@JsonSerialize(as = ImmutableScaleModelUpdateParams.class)
public abstract class ScaleModelUpdateParams implements ModelFields {
  ScaleModelUpdateParams() {}

  /** Returns an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding these parameters. */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** The new name. */
  @JsonProperty("name")
  public abstract Optional<String> name();

  /** The new model type. */
  @JsonProperty("model_type")
  public abstract Optional<ScaleModelType> modelType();

  /** Body fields this version of the SDK does not name, sent as given. */
  @JsonAnyGetter
  @AllowNulls
  public abstract Map<String, Object> additionalProperties();

  /** Builds {@link ScaleModelUpdateParams}; every field is optional. */
  public static final class Builder extends ImmutableScaleModelUpdateParams.Builder {
    Builder() {}
  }
}
