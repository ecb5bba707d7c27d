package io.modelsdk.examples.atoma;

import io.modelsdk.atoma.AtomaClient;
import io.modelsdk.atoma.AtomaModel;
import io.modelsdk.examples.Examples;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * Retrieves several models concurrently with {@link CompletableFuture}s, then waits for all of them.
 * On Atoma each retrieve is a list request (there is no retrieve endpoint): to look up many ids,
 * listing once and filtering is cheaper; this shows the async pattern every vendor shares.
 *
 * <pre>ATOMASDK_BEARER_AUTH=... java -cp models.jar io.modelsdk.examples.atoma.AsyncFanOut id1 id2</pre>
 */
public final class AsyncFanOut {
  private AsyncFanOut() {}

  public static void main(String[] args) {
    List<String> ids = args.length > 0 ? Arrays.asList(args)
        : Arrays.asList("meta-llama/Llama-3.3-70B-Instruct", "intfloat/multilingual-e5-large-instruct");
    Examples.exitOnError(() -> {
      try (AtomaClient client = AtomaClient.builder().fromEnv(Examples::env).build()) {
        run(client, System.out, ids);
      }
    });
  }

  /** Starts every retrieve, joins them all, and prints the models in the order asked. */
  public static void run(AtomaClient client, PrintStream out, List<String> ids) {
    List<CompletableFuture<AtomaModel>> futures = ids.stream()
        .map(id -> client.async().models().retrieve(id))
        .collect(Collectors.toList());
    CompletableFuture.allOf(futures.toArray(new CompletableFuture<?>[0])).join();
    futures.stream()
        .map(CompletableFuture::join) // done: allOf completed
        .forEach(m -> out.println(m.id() + " owned by " + m.ownedBy().orElse("?")));
  }
}
