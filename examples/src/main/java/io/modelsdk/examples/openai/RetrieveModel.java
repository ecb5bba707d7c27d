package io.modelsdk.examples.openai;

import io.modelsdk.examples.Examples;
import io.modelsdk.openai.OpenAiClient;
import io.modelsdk.openai.OpenAiModel;
import java.io.PrintStream;

/**
 * Retrieves one model by id and prints its fields, including the shutdown date OpenAI announces for
 * models it retires.
 *
 * <pre>OPENAI_API_KEY=sk-... java -cp models.jar io.modelsdk.examples.openai.RetrieveModel gpt-4o</pre>
 */
public final class RetrieveModel {
  private RetrieveModel() {}

  public static void main(String[] args) {
    String id = args.length > 0 ? args[0] : "model-id-0";
    Examples.exitOnError(() -> {
      try (OpenAiClient client = OpenAiClient.builder().fromEnv(Examples::env).build()) {
        run(client, System.out, id);
      }
    });
  }

  /** Prints the model's id, owner, creation time and shutdown date. */
  public static void run(OpenAiClient client, PrintStream out, String id) {
    OpenAiModel model = client.models().retrieve(id);
    out.println("id:       " + model.id());
    out.println("owner:    " + model.ownedBy().orElse("?"));
    out.println("created:  " + model.createdAt().map(Object::toString).orElse("?"));
    out.println("shutdown: " + model.shutdownDate().map(Object::toString).orElse("none announced"));
  }
}
