package io.modelsdk.examples.scale;

import io.modelsdk.examples.Examples;
import io.modelsdk.scale.ScaleClient;
import io.modelsdk.scale.ScaleModelDeleted;
import java.io.PrintStream;

/**
 * Deletes a model; Scale answers how many it deleted. The id is required, there is no default.
 *
 * <pre>SGP_API_KEY=... java -cp models.jar io.modelsdk.examples.scale.DeleteModel mi_04new0model</pre>
 */
public final class DeleteModel {
  private DeleteModel() {}

  public static void main(String[] args) {
    if (args.length != 1) {
      Examples.usage("usage: DeleteModel <model id>");
      return;
    }
    Examples.exitOnError(() -> {
      try (ScaleClient client = ScaleClient.builder().fromEnv(Examples::env).build()) {
        run(client, System.out, args[0]);
      }
    });
  }

  /** Deletes the model and prints Scale's answer. */
  public static void run(ScaleClient client, PrintStream out, String id) {
    ScaleModelDeleted answer = client.models().delete(id);
    out.println(answer.success() ? "deleted " + answer.count() + " model(s)" : "not deleted");
  }
}
