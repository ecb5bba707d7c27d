package io.modelsdk.root;

import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * The parameters of verifying a model configuration before it is saved
 * ({@code POST /v1/models/verify/}): Root Signals sends the model a test prompt and says whether it
 * answered.
 *
 * <pre>{@code
 * RootModelVerification v = root.models().verify(RootModelVerifyParams.builder()
 *     .model("gpt-4-turbo").apiKey(System.getenv("OPENAI_API_KEY")).build());
 * }</pre>
 *
 * <p>{@code build()} checks what the API documents before anything is sent, with
 * {@link IllegalArgumentException}: {@code model}, {@code api_key} and {@code url} not empty,
 * {@code max_output_token_count} at least 800. Without an {@code api_key}, Root Signals uses the
 * organization's. {@code api_key} is a secret: it goes into the request body only, never into
 * {@code toString()} or a message.
 */
@Value.Immutable
public abstract class RootModelVerifyParams {
  RootModelVerifyParams() {}

  /** Returns an empty builder; {@code model} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The model to call, such as {@code gpt-4-turbo} or {@code azure/gpt-4}. */
  public abstract String model();

  /** The API key to call the model with; the organization's when absent; never shown. */
  @Value.Redacted
  public abstract Optional<String> apiKey();

  /** The API base URL of a self-hosted model. */
  public abstract Optional<String> url();

  /** The most tokens the model may output; at least 800. */
  public abstract OptionalInt maxOutputTokenCount();

  /** A builder holding these parameters, the key included. */
  public Builder toBuilder() {
    return builder().from(this);
  }

  @Value.Check
  void check() {
    RootChecks.notEmpty("model", Optional.of(model()));
    RootChecks.notEmpty("apiKey", apiKey());
    RootChecks.notEmpty("url", url());
    RootChecks.maxOutputTokenCount(maxOutputTokenCount());
  }

  /** Builds {@link RootModelVerifyParams}; {@code build()} checks the values before any I/O. */
  public static final class Builder extends ImmutableRootModelVerifyParams.Builder {
    Builder() {}
  }
}
