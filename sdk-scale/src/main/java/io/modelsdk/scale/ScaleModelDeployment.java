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
 * One deployment of a model, embedded when the {@link ScaleModelView#DEPLOYMENTS} view is asked for.
 *
 * <pre>{@code
 * model.deployments().ifPresent(ds -> ds.forEach(d ->
 *     System.out.println(d.name().orElse("?") + ": " + d.status().orElse("?"))));
 * }</pre>
 *
 * <p>Every field is optional, {@code id} and {@code name} too, though Scale marks them required: a
 * deployment is part of a model's answer, and a null in one should not make the model, or the page
 * holding it, unreadable.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableScaleModelDeployment.class)
@JsonDeserialize(builder = ScaleModelDeployment.Builder.class)
public abstract class ScaleModelDeployment implements EntityFields {
  ScaleModelDeployment() {}

  /** Returns a builder, for tests and fixtures. */
  public static Builder builder() {
    return new Builder();
  }

  /** The deployment id. */
  @JsonProperty("id")
  public abstract Optional<String> id();

  /** The deployment's name. */
  @JsonProperty("name")
  public abstract Optional<String> name();

  /** The deployment's status, free text such as {@code READY}. */
  @JsonProperty("status")
  public abstract Optional<String> status();

  /** Metadata of the deployment. */
  @JsonProperty("deployment_metadata")
  public abstract Optional<Map<String, Object>> deploymentMetadata();

  /** The parameters the deployment was created with. */
  @JsonProperty("model_creation_parameters")
  public abstract Optional<Map<String, Object>> modelCreationParameters();

  /** The endpoint serving the deployment. */
  @JsonProperty("model_endpoint_id")
  public abstract Optional<String> modelEndpointId();

  /** The model instance deployed. */
  @JsonProperty("model_instance_id")
  public abstract Optional<String> modelInstanceId();

  /**
   * How the hosting vendor runs the deployment, as sent: its {@code vendor} field ({@code LAUNCH},
   * {@code LLMENGINE}) says which other fields it has, such as {@code min_workers} or {@code gpu_type}.
   *
   * <p>A map rather than typed classes on purpose: the shape depends on the hosting vendor, and no contract
   * says which vendors there are. Scale's Python SDK knows two shapes (a {@code LAUNCH} and an
   * {@code LLMENGINE} configuration, every field optional); the reconstructed spec leaves it an untyped
   * object. Classes would have to guess the next vendor's shape; the map keeps whatever the server sends.
   */
  @JsonProperty("vendor_configuration")
  public abstract Optional<Map<String, Object>> vendorConfiguration();

  /** Fields this version of the SDK does not know, by JSON name. */
  @JsonAnyGetter
  @AllowNulls
  public abstract Map<String, Object> additionalProperties();

  /** Builds a {@link ScaleModelDeployment}; every field is optional. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  public static final class Builder extends ImmutableScaleModelDeployment.Builder {
    Builder() {}
  }
}
