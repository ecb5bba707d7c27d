package io.modelsdk.examples.openai;

import io.modelsdk.examples.Examples;
import io.modelsdk.openai.OpenAiModelDeleted;
import io.modelsdk.openai.OpenAiClient;
import java.io.PrintStream;

/**
 * Deletes a fine-tuned model. Only models your organization fine-tuned can be deleted; the id is
 * required, there is no default.
 *
 * <pre>OPENAI_API_KEY=sk-... java -cp models.jar io.modelsdk.examples.openai.DeleteModel ft:gpt-4o-mini:my-org::abc123</pre>
 */
public final class DeleteModel {
  private DeleteModel() {}

  public static void main(String[] args) {
    if (args.length != 1) {
      Examples.usage("usage: DeleteModel <fine-tuned model id>");
      return;
    }
    Examples.exitOnError(() -> {
      try (OpenAiClient client = OpenAiClient.builder().fromEnv(Examples::env).build()) {
        run(client, System.out, args[0]);
      }
    });
  }

  /** Deletes the model and prints what OpenAI answered. */
  public static void run(OpenAiClient client, PrintStream out, String id) {
    OpenAiModelDeleted answer = client.models().delete(id);
    out.println(answer.id() + (answer.deleted() ? " deleted" : " not deleted"));
  }
}
