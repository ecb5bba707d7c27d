package io.modelsdk.examples.atoma;

import io.modelsdk.atoma.AtomaClient;
import io.modelsdk.atoma.AtomaModel;
import io.modelsdk.examples.Examples;
import java.io.PrintStream;

/**
 * Retrieves one model by id. Atoma documents no retrieve endpoint, so the SDK lists the models and
 * picks the one with this id (one request); an id not listed is a {@code NotFoundException}. Ids hold
 * a {@code /} and are compared exactly.
 *
 * <pre>ATOMASDK_BEARER_AUTH=... java -cp models.jar io.modelsdk.examples.atoma.RetrieveModel meta-llama/Llama-3.3-70B-Instruct</pre>
 */
public final class RetrieveModel {
  private RetrieveModel() {}

  public static void main(String[] args) {
    String id = args.length > 0 ? args[0] : "meta-llama/Llama-3.3-70B-Instruct";
    Examples.exitOnError(() -> {
      try (AtomaClient client = AtomaClient.builder().fromEnv(Examples::env).build()) {
        run(client, System.out, id);
      }
    });
  }

  /** Prints the model's fields; those of older proxies ({@code max_model_len}...) when present. */
  public static void run(AtomaClient client, PrintStream out, String id) {
    AtomaModel model = client.models().retrieve(id);
    out.println("id:            " + model.id());
    out.println("owner:         " + model.ownedBy().orElse("?"));
    out.println("created:       " + model.createdAt().map(Object::toString).orElse("?"));
    out.println("max model len: " + (model.maxModelLen().isPresent() ? model.maxModelLen().getAsInt() : "not sent"));
  }
}
