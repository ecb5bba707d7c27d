package io.modelsdk.examples.atoma;

import io.modelsdk.atoma.AtomaClient;
import io.modelsdk.atoma.AtomaModel;
import io.modelsdk.core.StreamingListResponse;
import io.modelsdk.examples.Examples;
import java.io.PrintStream;

/**
 * Reads the model list one item at a time as the body arrives, stopping early once the wanted model
 * is seen. Closing the response (try-with-resources) releases the connection, read to the end or not.
 *
 * <pre>ATOMASDK_BEARER_AUTH=... java -cp models.jar io.modelsdk.examples.atoma.Streaming black-forest-labs</pre>
 */
public final class Streaming {
  private Streaming() {}

  public static void main(String[] args) {
    String prefix = args.length > 0 ? args[0] : "intfloat/";
    Examples.exitOnError(() -> {
      try (AtomaClient client = AtomaClient.builder().fromEnv(Examples::env).build()) {
        run(client, System.out, prefix);
      }
    });
  }

  /** Prints each model up to the first whose id starts with {@code prefix}, then stops reading. */
  public static void run(AtomaClient client, PrintStream out, String prefix) {
    try (StreamingListResponse<AtomaModel> stream = client.models().withStreamingResponse().list()) {
      for (AtomaModel model : stream) {
        out.println("read " + model.id());
        if (model.id().startsWith(prefix)) {
          out.println("found it; the rest of the body is never parsed");
          return;
        }
      }
      out.println("no model starts with " + prefix);
    }
  }
}
