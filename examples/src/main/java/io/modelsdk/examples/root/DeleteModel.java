package io.modelsdk.examples.root;

import io.modelsdk.examples.Examples;
import io.modelsdk.root.RootClient;
import java.io.PrintStream;

/**
 * Deletes one of your models. Root Signals answers 204 with no body, so {@code delete} answers
 * {@code null}: it either returns or throws. The id is required, there is no default.
 *
 * <pre>ROOTSIGNALS_API_KEY=... java -cp models.jar io.modelsdk.examples.root.DeleteModel 3fa85f64-5717-4562-b3fc-2c963f66afa6</pre>
 */
public final class DeleteModel {
  private DeleteModel() {}

  public static void main(String[] args) {
    if (args.length != 1) {
      Examples.usage("usage: DeleteModel <model id>");
      return;
    }
    Examples.exitOnError(() -> {
      try (RootClient client = RootClient.builder().fromEnv(Examples::env).build()) {
        run(client, System.out, args[0]);
      }
    });
  }

  /** Deletes the model; a missing one throws {@code NotFoundException}. */
  public static void run(RootClient client, PrintStream out, String id) {
    client.models().delete(id);
    out.println("deleted " + id);
  }
}
