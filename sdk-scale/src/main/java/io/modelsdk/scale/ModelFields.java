package io.modelsdk.scale;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import java.util.Optional;

/**
 * The optional fields a model shares with the bodies that create and update it, declared once with
 * their JSON names.
 */
interface ModelFields {
  /** The base model this one derives from. */
  @JsonProperty("base_model_id")
  Optional<String> baseModelId();

  /** What is known about the base model. */
  @JsonProperty("base_model_metadata")
  Optional<ScaleBaseModelMetadata> baseModelMetadata();

  /** A description. */
  @JsonProperty("description")
  Optional<String> description();

  /** The name shown in the console. */
  @JsonProperty("display_name")
  Optional<String> displayName();

  /** The model card. */
  @JsonProperty("model_card")
  Optional<String> modelCard();

  /** The parameters the model is created with from its template. */
  @JsonProperty("model_creation_parameters")
  Optional<Map<String, Object>> modelCreationParameters();

  /** The model group the model is in. */
  @JsonProperty("model_group_id")
  Optional<String> modelGroupId();

  /** The template the model is created from. */
  @JsonProperty("model_template_id")
  Optional<String> modelTemplateId();

  /** The vendor behind the model; unknown vendors are kept. */
  @JsonProperty("model_vendor")
  Optional<ScaleModelVendor> modelVendor();

  /** The training data card. */
  @JsonProperty("training_data_card")
  Optional<String> trainingDataCard();
}
