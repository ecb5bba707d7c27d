package io.modelsdk.scale;

import io.modelsdk.core.spi.AllowNulls;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
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
@JsonPropertyOrder({"account_id", "model_type", "name"})
@JsonSerialize(as = ImmutableScaleModelCreateParams.class)
public abstract class ScaleModelCreateParams implements ModelFields {
  ScaleModelCreateParams() {}

  /** Returns an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding these parameters. */
  public Builder toBuilder() {
    return builder().from(this);
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

  /** Body fields this version of the SDK does not name, sent as given. */
  @JsonAnyGetter
  @AllowNulls
  public abstract Map<String, Object> additionalProperties();

  @Value.Check
  void check() {
    Checks.nonBlank(accountId(), "accountId");
    Checks.nonBlank(name(), "name");
  }

  /** Builds {@link ScaleModelCreateParams}. */
  public static final class Builder extends ImmutableScaleModelCreateParams.Builder {
    Builder() {}
  }
}
