package io.modelsdk.examples.cli;

import io.modelsdk.root.RootModelCreateParams;
import java.util.function.Function;
import picocli.CommandLine.Option;

/**
 * The options of {@code models --vendor root create}, mapping to {@link RootModelCreateParams}. The key
 * the model is called with is secret, so it is named by an environment variable rather than given.
 */
final class RootCreateOptions {
  @Option(names = "--model", paramLabel = "<model>",
      description = "The base model to call, such as gpt-4-turbo. Default: the name.")
  String model;

  @Option(names = "--default-key-env", paramLabel = "<variable>",
      description = "The environment variable holding the API key the model is called with"
          + " (its value is sent, never printed).")
  String defaultKeyVariable;

  @Option(names = "--max-output-tokens", paramLabel = "<n>",
      description = "The most tokens the model may output; at least 800.")
  Integer maxOutputTokens;

  @Option(names = "--max-tokens", paramLabel = "<n>", description = "The most tokens the model processes.")
  Integer maxTokens;

  @Option(names = "--url", paramLabel = "<url>", description = "The endpoint of a self-hosted model.")
  String url;

  /**
   * The create parameters; the SDK checks them before any request.
   *
   * @throws CliException if the default-key variable is not set
   */
  RootModelCreateParams params(String name, Function<String, String> env) {
    RootModelCreateParams.Builder b = RootModelCreateParams.builder();
    b.name(name);
    if (model != null) {
      b.model(model);
    }
    if (defaultKeyVariable != null) {
      String key = env.apply(defaultKeyVariable);
      if (key == null || key.isEmpty()) {
        throw new CliException(defaultKeyVariable + " (named by --default-key-env) is not set",
            CliException.USAGE);
      }
      b.defaultKey(key);
    }
    if (maxOutputTokens != null) {
      b.maxOutputTokenCount(maxOutputTokens);
    }
    if (maxTokens != null) {
      b.maxTokenCount(maxTokens);
    }
    if (url != null) {
      b.url(url);
    }
    return b.build();
  }
}
