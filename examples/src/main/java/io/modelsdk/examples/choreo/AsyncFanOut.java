package io.modelsdk.examples.choreo;

import io.modelsdk.choreo.ChoreoAsyncModels;
import io.modelsdk.choreo.ChoreoClient;
import io.modelsdk.choreo.ChoreoModel;
import io.modelsdk.examples.Examples;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * Retrieves models of several providers concurrently and waits for all of them with
 * {@code CompletableFuture.allOf}. If one fails, {@code join()} throws a {@code CompletionException}
 * whose cause is the SDK's exception.
 *
 * <pre>CHOREOAI_API_KEY=... java -cp models.jar io.modelsdk.examples.choreo.AsyncFanOut gpt-4 claude-3-opus-20240229</pre>
 */
public final class AsyncFanOut {
  private AsyncFanOut() {}

  public static void main(String[] args) {
    List<String> ids = args.length > 0 ? Arrays.asList(args) : Arrays.asList("gpt-4", "claude-3-opus-20240229");
    Examples.exitOnError(() -> {
      try (ChoreoClient client = ChoreoClient.builder().fromEnv(Examples::env).build()) {
        run(client, System.out, ids);
      }
    });
  }

  /** Retrieves every id at once and prints each model's provider, in the order asked. */
  public static void run(ChoreoClient client, PrintStream out, List<String> ids) {
    ChoreoAsyncModels models = client.async().models();
    List<CompletableFuture<ChoreoModel>> inFlight = ids.stream().map(models::retrieve).collect(Collectors.toList());
    CompletableFuture.allOf(inFlight.toArray(new CompletableFuture<?>[0])).join();
    for (CompletableFuture<ChoreoModel> f : inFlight) {
      ChoreoModel model = f.join(); // returns at once: allOf completed
      out.println(model.id() + " from " + model.ownedBy().orElse("?"));
    }
  }
}
