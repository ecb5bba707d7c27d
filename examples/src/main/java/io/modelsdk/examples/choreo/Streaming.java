package io.modelsdk.examples.choreo;

import io.modelsdk.choreo.ChoreoClient;
import io.modelsdk.choreo.ChoreoModel;
import io.modelsdk.choreo.ChoreoModelListParams;
import io.modelsdk.core.StreamingListResponse;
import io.modelsdk.examples.Examples;
import java.io.PrintStream;

/**
 * Streams the models of one provider: items are parsed one at a time as the body arrives, and the
 * owner filter applies as they go. Close the response (try-with-resources) to free the connection.
 *
 * <pre>CHOREOAI_API_KEY=... java -cp models.jar io.modelsdk.examples.choreo.Streaming openai</pre>
 */
public final class Streaming {
  private Streaming() {}

  public static void main(String[] args) {
    String owner = args.length > 0 ? args[0] : "openai";
    Examples.exitOnError(() -> {
      try (ChoreoClient client = ChoreoClient.builder().fromEnv(Examples::env).build()) {
        run(client, System.out, owner);
      }
    });
  }

  /** Prints the id of each model {@code owner} provides, as it is read. */
  public static void run(ChoreoClient client, PrintStream out, String owner) {
    ChoreoModelListParams params = ChoreoModelListParams.builder().ownedBy(owner).build();
    try (StreamingListResponse<ChoreoModel> models = client.models().withStreamingResponse().list(params)) {
      models.forEach(m -> out.println(owner + ": " + m.id()));
    }
  }
}
