package io.modelsdk.scale;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of creating a model ({@code POST /v4/models}): {@code account_id}, {@code model_type} and
 * {@code name} are required, the rest optional.
 *
 * <pre>{@code
 * ScaleModel created = scale.models().create(ScaleModelCreateParams.builder()
 *     .accountId("acc_123").modelType(ScaleModelType.CHAT_COMPLETION).name("my-model")
 *     .modelTemplateId("tmpl_1").build());
 * }</pre>
 *
 * <p>{@code build()} fails with {@link IllegalStateException} naming a missing required field, and with
 * {@link IllegalArgumentException} for a blank one, before any request.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableScaleModelCreateParams.class)
public abstract class ScaleModelCreateParams {
  ScaleModelCreateParams() {}

  /** Returns an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The account the model will belong to. */
  @JsonProperty("account_id")
  public abstract String accountId();

  /** The model type. */
  @JsonProperty("model_type")
  public abstract ScaleModelType modelType();

  /** The model's name. */
  @JsonProperty("name")
  public abstract String name();

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

  @Value.Check
  void check() {
    ScaleModelListParams.nonBlank(accountId(), "accountId");
    ScaleModelListParams.nonBlank(name(), "name");
  }

  /** Builds {@link ScaleModelCreateParams}. */
  public static final class Builder extends ImmutableScaleModelCreateParams.Builder {
    Builder() {}
  }
}
