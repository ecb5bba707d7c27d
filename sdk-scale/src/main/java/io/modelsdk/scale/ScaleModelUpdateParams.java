package io.modelsdk.scale;

import io.modelsdk.core.spi.AllowNulls;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.immutables.value.Value;

/**
 * The body of changing a model ({@code PATCH /v4/models/{id}}): only the fields set are sent, and
 * only those change. A field can also be cleared, which sends it as JSON {@code null}.
 *
 * <pre>{@code
 * ScaleModel renamed = scale.models().update("model-id", ScaleModelUpdateParams.builder()
 *     .displayName("Support bot v2")
 *     .clear(ScaleModelUpdateParams.Field.DESCRIPTION) // sends "description": null
 *     .build());
 * }</pre>
 *
 * <p>{@code build()} fails with {@link IllegalArgumentException} if a field is both set and cleared,
 * before any request.
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

  /** The fields to clear, each sent as JSON {@code null}. */
  @JsonIgnore
  public abstract Set<Field> cleared();

  /** Body fields this version of the SDK does not name, sent as given. */
  @JsonIgnore
  @AllowNulls
  public abstract Map<String, Object> additionalProperties();

  /** What Jackson writes after the named fields: a {@code null} per cleared field, then the unnamed ones. */
  @JsonAnyGetter
  Map<String, Object> unnamedFields() {
    Map<String, Object> fields = new LinkedHashMap<>();
    cleared().forEach(f -> fields.put(f.jsonName, null));
    fields.putAll(additionalProperties());
    return fields;
  }

  @Value.Check
  void check() {
    for (Field f : cleared()) {
      if (f.value.apply(this).isPresent() || additionalProperties().containsKey(f.jsonName)) {
        throw new IllegalArgumentException(f.jsonName + " is both set and cleared");
      }
    }
  }

  /**
   * A field an update can clear: the ones a model may lack ({@code name} and {@code model_type} it always
   * has). Cleared, the field is sent as JSON {@code null}; merely not set, it is not sent and keeps its value.
   */
  public enum Field {
    /** {@code base_model_id}. */
    BASE_MODEL_ID("base_model_id", ModelFields::baseModelId),
    /** {@code base_model_metadata}. */
    BASE_MODEL_METADATA("base_model_metadata", ModelFields::baseModelMetadata),
    /** {@code description}. */
    DESCRIPTION("description", ModelFields::description),
    /** {@code display_name}. */
    DISPLAY_NAME("display_name", ModelFields::displayName),
    /** {@code model_card}. */
    MODEL_CARD("model_card", ModelFields::modelCard),
    /** {@code model_creation_parameters}. */
    MODEL_CREATION_PARAMETERS("model_creation_parameters", ModelFields::modelCreationParameters),
    /** {@code model_group_id}. */
    MODEL_GROUP_ID("model_group_id", ModelFields::modelGroupId),
    /** {@code model_template_id}. */
    MODEL_TEMPLATE_ID("model_template_id", ModelFields::modelTemplateId),
    /** {@code model_vendor}. */
    MODEL_VENDOR("model_vendor", ModelFields::modelVendor),
    /** {@code training_data_card}. */
    TRAINING_DATA_CARD("training_data_card", ModelFields::trainingDataCard);

    final String jsonName;
    final Function<ModelFields, Optional<?>> value;

    Field(String jsonName, Function<ModelFields, Optional<?>> value) {
      this.jsonName = jsonName;
      this.value = value;
    }
  }

  /** Builds {@link ScaleModelUpdateParams}; every field is optional. */
  public static final class Builder extends ImmutableScaleModelUpdateParams.Builder {
    Builder() {}

    /** Clears {@code fields}: each is sent as JSON {@code null}. */
    public Builder clear(Field... fields) {
      return addCleared(fields);
    }
  }
}
