package io.modelsdk.examples.choreo;

import io.modelsdk.choreo.ChoreoClient;
import io.modelsdk.choreo.ChoreoModel;
import io.modelsdk.examples.Examples;
import java.io.PrintStream;

/**
 * Retrieves one model. The SDK asks the documented {@code GET /v1/models/{id}}; today's gateway does
 * not serve that route and answers 404 {@code {"detail":"Not Found"}}, upon which the SDK lists the
 * models and picks the id: two requests, the same result.
 *
 * <pre>CHOREOAI_API_KEY=... java -cp models.jar io.modelsdk.examples.choreo.RetrieveModel gpt-4</pre>
 */
public final class RetrieveModel {
  private RetrieveModel() {}

  public static void main(String[] args) {
    String id = args.length > 0 ? args[0] : "gpt-4";
    Examples.exitOnError(() -> {
      try (ChoreoClient client = ChoreoClient.builder().fromEnv(Examples::env).build()) {
        run(client, System.out, id);
      }
    });
  }

  /** Prints the model's provider, creation time and root model. */
  public static void run(ChoreoClient client, PrintStream out, String id) {
    ChoreoModel model = client.models().retrieve(id);
    out.println(model.id() + " (" + model.vendor() + ")");
    out.println("provider: " + model.ownedBy().orElse("?"));
    out.println("created:  " + model.createdAt().map(Object::toString).orElse("?"));
    out.println("root:     " + model.root().orElse("-"));
  }
}
