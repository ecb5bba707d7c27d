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
 * model.deployments().ifPresent(ds -> ds.forEach(d -> System.out.println(d.name() + ": " + d.status())));
 * }</pre>
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
  public abstract String id();

  /** The deployment's name. */
  @JsonProperty("name")
  public abstract String name();

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
   * {@code LLMENGINE}) says which other fields it has.
   */
  @JsonProperty("vendor_configuration")
  public abstract Optional<Map<String, Object>> vendorConfiguration();

  /** Fields this version of the SDK does not know, by JSON name. */
  @JsonAnyGetter
  @AllowNulls
  public abstract Map<String, Object> additionalProperties();

  /** Builds a {@link ScaleModelDeployment}; {@code id} and {@code name} are required. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(setterVisibility = JsonAutoDetect.Visibility.NONE)
  public static final class Builder extends ImmutableScaleModelDeployment.Builder {
    Builder() {}
  }
}
