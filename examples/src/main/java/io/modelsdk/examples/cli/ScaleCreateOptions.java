package io.modelsdk.examples.cli;

import io.modelsdk.scale.ScaleModelCreateParams;
import io.modelsdk.scale.ScaleModelType;
import io.modelsdk.scale.ScaleModelVendor;
import java.util.Locale;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The options of {@code models --vendor scale create}, mapping to {@link ScaleModelCreateParams}. */
final class ScaleCreateOptions {
  @Option(names = "--type", paramLabel = "<type>",
      description = "Required: the model type, such as COMPLETION, CHAT_COMPLETION, AGENT, EMBEDDING,"
          + " RERANKING, GENERIC, BUNDLE.")
  String type;

  @Option(names = "--account-id", paramLabel = "<id>",
      description = "The account the model belongs to. Default: $SGP_ACCOUNT_ID, or with --mock the"
          + " mock's account.")
  String accountId;

  @Option(names = "--description", paramLabel = "<text>", description = "A description.")
  String description;

  @Option(names = "--display-name", paramLabel = "<name>", description = "The name shown in the console.")
  String displayName;

  @Option(names = "--base-model-id", paramLabel = "<id>", description = "The base model it derives from.")
  String baseModelId;

  @Option(names = "--template-id", paramLabel = "<id>", description = "The template it is created from.")
  String templateId;

  @Option(names = "--model-group-id", paramLabel = "<id>", description = "The model group it joins.")
  String modelGroupId;

  @Option(names = "--model-vendor", paramLabel = "<vendor>",
      description = "The vendor behind it, such as OPENAI, ANTHROPIC, LLMENGINE, OTHER.")
  String modelVendor;

  /**
   * The create parameters; the SDK checks them before any request.
   *
   * @throws ParameterException if no account id is given or set in {@code SGP_ACCOUNT_ID}
   */
  ScaleModelCreateParams params(String name, Function<String, String> env, CommandLine line) {
    String account = accountId != null ? accountId : env.apply("SGP_ACCOUNT_ID");
    if (account == null || account.trim().isEmpty()) {
      throw new ParameterException(line, "Missing --account-id (or set SGP_ACCOUNT_ID)");
    }
    ScaleModelCreateParams.Builder b = ScaleModelCreateParams.builder();
    b.accountId(account.trim()).modelType(ScaleModelType.of(type.toUpperCase(Locale.ROOT))).name(name);
    if (description != null) {
      b.description(description);
    }
    if (displayName != null) {
      b.displayName(displayName);
    }
    if (baseModelId != null) {
      b.baseModelId(baseModelId);
    }
    if (templateId != null) {
      b.modelTemplateId(templateId);
    }
    if (modelGroupId != null) {
      b.modelGroupId(modelGroupId);
    }
    if (modelVendor != null) {
      b.modelVendor(ScaleModelVendor.of(modelVendor.toUpperCase(Locale.ROOT)));
    }
    return b.build();
  }
}
