package io.modelsdk.examples.root;

import io.modelsdk.examples.Examples;
import io.modelsdk.root.RootAsyncModels;
import io.modelsdk.root.RootClient;
import io.modelsdk.root.RootModel;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * Retrieves several models concurrently: every request is sent before any answer is awaited, and
 * {@code CompletableFuture.allOf(...).join()} waits for the slowest.
 *
 * <pre>ROOTSIGNALS_API_KEY=... java -cp models.jar io.modelsdk.examples.root.AsyncFanOut id1 id2</pre>
 */
public final class AsyncFanOut {
  private AsyncFanOut() {}

  public static void main(String[] args) {
    List<String> ids = args.length > 0 ? Arrays.asList(args)
        : Arrays.asList("3fa85f64-5717-4562-b3fc-2c963f66afa6");
    Examples.exitOnError(() -> {
      try (RootClient client = RootClient.builder().fromEnv(Examples::env).build()) {
        run(client, System.out, ids);
      }
    });
  }

  /** Retrieves the ids at once and prints each model's name and underlying model, in order. */
  public static void run(RootClient client, PrintStream out, List<String> ids) {
    RootAsyncModels async = client.async().models();
    List<CompletableFuture<RootModel>> all = ids.stream().map(async::retrieve).collect(Collectors.toList());
    CompletableFuture.allOf(all.toArray(new CompletableFuture<?>[0])).join();
    all.stream().map(CompletableFuture::join)
        .forEach(m -> out.println(m.id() + ": " + m.name() + " -> " + m.model().orElse("?")));
  }
}
