package io.modelsdk.examples.scale;

import io.modelsdk.examples.Examples;
import io.modelsdk.scale.ScaleAsyncModels;
import io.modelsdk.scale.ScaleClient;
import io.modelsdk.scale.ScaleModel;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * Retrieves several models concurrently: one {@link CompletableFuture} per id, all in flight at once,
 * joined with {@code allOf}. The futures complete on the client's callback threads.
 *
 * <pre>SGP_API_KEY=... java -cp models.jar io.modelsdk.examples.scale.AsyncFanOut mi_01hz8k2n5q mi_02jq4r7t8w</pre>
 */
public final class AsyncFanOut {
  private AsyncFanOut() {}

  public static void main(String[] args) {
    List<String> ids = args.length > 0 ? Arrays.asList(args) : Arrays.asList("mi_01hz8k2n5q", "mi_02jq4r7t8w");
    Examples.exitOnError(() -> {
      try (ScaleClient client = ScaleClient.builder().fromEnv(Examples::env).build()) {
        run(client, System.out, ids);
      }
    });
  }

  /** Retrieves every id at once and prints the models, in the order of {@code ids}. */
  public static void run(ScaleClient client, PrintStream out, List<String> ids) {
    ScaleAsyncModels models = client.async().models();
    List<CompletableFuture<ScaleModel>> pending = ids.stream().map(models::retrieve).collect(Collectors.toList());
    CompletableFuture.allOf(pending.toArray(new CompletableFuture<?>[0])).join();
    for (CompletableFuture<ScaleModel> done : pending) {
      ScaleModel model = done.join(); // returns at once: allOf completed
      out.println(model.id() + " " + model.name());
    }
  }
}
