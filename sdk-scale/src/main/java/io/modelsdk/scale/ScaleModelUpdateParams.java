package io.modelsdk.scale;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
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
@JsonSerialize(as = ImmutableScaleModelUpdateParams.class)
public abstract class ScaleModelUpdateParams {
  ScaleModelUpdateParams() {}

  /** Returns an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The new name. */
  @JsonProperty("name")
  public abstract Optional<String> name();

  /** The new model type. */
  @JsonProperty("model_type")
  public abstract Optional<ScaleModelType> modelType();

  /** The base model this one derives from. */
  @JsonProperty("base_model_id")
  public abstract Optional<String> baseModelId();

  /** What is known about the base model. */
  @JsonProperty("base_model_metadata")
  public abstract Optional<ScaleBaseModelMetadata> baseModelMetadata();

  /** A description. */
  @JsonProperty("description")
  public abstract Optional<String> description();

  /** The name shown in the console. */
  @JsonProperty("display_name")
  public abstract Optional<String> displayName();

  /** The model card. */
  @JsonProperty("model_card")
  public abstract Optional<String> modelCard();

  /** Parameters for creating the model from its template. */
  @JsonProperty("model_creation_parameters")
  public abstract Optional<Map<String, Object>> modelCreationParameters();

  /** The model group to put the model in. */
  @JsonProperty("model_group_id")
  public abstract Optional<String> modelGroupId();

  /** The template to create the model from. */
  @JsonProperty("model_template_id")
  public abstract Optional<String> modelTemplateId();

  /** The vendor behind the model. */
  @JsonProperty("model_vendor")
  public abstract Optional<ScaleModelVendor> modelVendor();

  /** The training data card. */
  @JsonProperty("training_data_card")
  public abstract Optional<String> trainingDataCard();

  /** Body fields this version of the SDK does not name, sent as given. */
  @JsonAnyGetter
  public abstract Map<String, Object> additionalProperties();

  /** Builds {@link ScaleModelUpdateParams}; every field is optional. */
  public static final class Builder extends ImmutableScaleModelUpdateParams.Builder {
    Builder() {}
  }
}
