package io.modelsdk.scale;

import io.modelsdk.core.spi.AllowNulls;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.modelsdk.core.Model;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A Scale GenAI Platform model instance, with the views asked for ({@link #deployments()},
 * {@link #modelGroup()}). Fields this version does not know are kept in {@link #additionalProperties()}
 * and written back by Jackson.
 *
 * <pre>{@code
 * ScaleModel m = scale.models().retrieve("model-id",
 *     ScaleModelRetrieveParams.builder().addView(ScaleModelView.DEPLOYMENTS).build());
 * m.deployments().ifPresent(ds -> ds.forEach(d ->
 *     System.out.println(d.name().orElse("?") + " " + d.status().orElse("?"))));
 * }</pre>
 *
 * <p>Only {@code id}, {@code name} and {@code model_type} are required when reading: the shape is
 * rebuilt from Scale's SDK, not from a published spec, so the rest is {@code Optional} rather than a
 * reason to make a whole list unreadable.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableScaleModel.class)
@JsonDeserialize(builder = ScaleModel.Builder.class)
public abstract class ScaleModel implements Model, EntityFields, ModelFields {
  ScaleModel() {}

  /** Returns a builder, for tests and fixtures. */
  public static Builder builder() {
    return new Builder();
  }

  /** The model instance id, as accepted by {@code retrieve}. */
  @JsonProperty("id")
  @Override
  public abstract String id();

  /** The model's name. */
  @JsonProperty("name")
  public abstract String name();

  /** The model type; unknown types are kept. */
  @JsonProperty("model_type")
  public abstract ScaleModelType modelType();

  /** How many deployments the model has. */
  @JsonProperty("deployment_count")
  public abstract OptionalInt deploymentCount();

  /** The JSON schema of requests to the model. */
  @JsonProperty("request_schema")
  public abstract Optional<Map<String, Object>> requestSchema();

  /** The JSON schema of the model's responses. */
  @JsonProperty("response_schema")
  public abstract Optional<Map<String, Object>> responseSchema();

  /** Whether the model supports multi-turn conversations natively. */
  @JsonProperty("supports_multi_turn")
  public abstract Optional<Boolean> supportsMultiTurn();

  /**
   * The model's deployments, present when the {@link ScaleModelView#DEPLOYMENTS} view was asked for. A
   * {@code null} in the array is left out, so the list holds no nulls.
   */
  @JsonProperty("deployments")
  @JsonSetter(contentNulls = Nulls.SKIP)
  public abstract Optional<List<ScaleModelDeployment>> deployments();

  /** The model's group, present when the {@link ScaleModelView#MODEL_GROUP} view was asked for. */
  @JsonProperty("model_group")
  public abstract Optional<ScaleModelGroup> modelGroup();

  /** Fields this version of the SDK does not know, by JSON name. */
  @JsonAnyGetter
  @AllowNulls
  public abstract Map<String, Object> additionalProperties();

  /** Always {@code scale}. */
  @Override
  public String vendor() {
    return "scale";
  }

  /** The owning account, {@link #accountId()}. */
  @Override
  public Optional<String> ownedBy() {
    return accountId();
  }

  /** {@link #createdAtText()} as an instant; a time without an offset is taken as UTC. */
  @Override
  public Optional<Instant> createdAt() {
    return EntityFields.super.createdAt();
  }

  /** Builds a {@link ScaleModel}; {@code id}, {@code name} and {@code modelType} are required. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  public static final class Builder extends ImmutableScaleModel.Builder {
    Builder() {}
  }
}
