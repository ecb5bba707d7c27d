package io.modelsdk.root;

import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * The parameters of creating a custom Root Signals model ({@code POST /v1/models/}).
 *
 * <pre>{@code
 * String id = root.models().create(RootModelCreateParams.builder()
 *     .name("my-custom-gpt").model("gpt-4-turbo").defaultKey(System.getenv("OPENAI_API_KEY")).build());
 * }</pre>
 *
 * <p>{@code build()} checks what the API documents before anything is sent, with
 * {@link IllegalArgumentException}: {@code name} 1 to 100 characters, {@code max_output_token_count}
 * at least 800, {@code max_token_count} not negative, {@code url} at most 1,024 characters, and
 * {@code model} and {@code default_key} not empty. {@code model} defaults to {@code name}, as in the
 * Python SDK. {@code default_key} is a secret: it goes into the request body only, never into
 * {@code toString()} or a message.
 */
@Value.Immutable
public abstract class RootModelCreateParams {
  /** The longest name Root Signals accepts. */
  public static final int MAX_NAME_LENGTH = 100;
  /** The smallest {@code max_output_token_count} Root Signals accepts. */
  public static final int MIN_OUTPUT_TOKENS = 800;
  /** The longest {@code url} Root Signals accepts. */
  public static final int MAX_URL_LENGTH = 1024;

  RootModelCreateParams() {}

  /** Returns an empty builder; {@code name} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The model's name, such as {@code google/gemma-2-9b}; 1 to 100 characters. */
  public abstract String name();

  /** The base model to call; {@link #name()} when not set. */
  public abstract Optional<String> model();

  /** The API key the model is called with; never shown. */
  @Value.Redacted
  public abstract Optional<String> defaultKey();

  /** The most tokens the model may output; at least 800. */
  public abstract OptionalInt maxOutputTokenCount();

  /** The most tokens the model processes; not negative. */
  public abstract OptionalInt maxTokenCount();

  /** The endpoint of a self-hosted model; at most 1,024 characters. */
  public abstract Optional<String> url();

  /** A builder holding these parameters, the key included. */
  public Builder toBuilder() {
    return builder().from(this);
  }

  @Value.Check
  void check() {
    RootChecks.name(name());
    RootChecks.notEmpty("model", model());
    RootChecks.notEmpty("defaultKey", defaultKey());
    RootChecks.maxOutputTokenCount(maxOutputTokenCount());
    RootChecks.maxTokenCount(maxTokenCount());
    RootChecks.url(url());
  }

  /** Builds {@link RootModelCreateParams}; {@code build()} checks the values before any I/O. */
  public static final class Builder extends ImmutableRootModelCreateParams.Builder {
    Builder() {}
  }
}
