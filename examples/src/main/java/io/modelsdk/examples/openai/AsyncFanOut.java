package io.modelsdk.examples.openai;

import io.modelsdk.examples.Examples;
import io.modelsdk.openai.OpenAiClient;
import io.modelsdk.openai.OpenAiModel;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Retrieves several models at once: each {@code async().models().retrieve} starts its request and
 * answers a {@link CompletableFuture} at once; {@code allOf(...).join()} waits for them all.
 *
 * <pre>OPENAI_API_KEY=sk-... java -cp models.jar io.modelsdk.examples.openai.AsyncFanOut gpt-4o gpt-4o-mini</pre>
 */
public final class AsyncFanOut {
  private AsyncFanOut() {}

  public static void main(String[] args) {
    List<String> ids = args.length > 0 ? Arrays.asList(args) : Arrays.asList("model-id-0", "model-id-1");
    Examples.exitOnError(() -> {
      try (OpenAiClient client = OpenAiClient.builder().fromEnv(Examples::env).build()) {
        run(client, System.out, ids);
      }
    });
  }

  /** Starts one retrieve per id, waits for all of them, then prints them in the order asked. */
  public static void run(OpenAiClient client, PrintStream out, List<String> ids) {
    List<CompletableFuture<OpenAiModel>> futures = new ArrayList<>();
    for (String id : ids) {
      futures.add(client.async().models().retrieve(id)); // sent now, in parallel
    }
    CompletableFuture.allOf(futures.toArray(new CompletableFuture<?>[0])).join(); // throws if any failed
    for (CompletableFuture<OpenAiModel> future : futures) {
      OpenAiModel model = future.join(); // already complete
      out.println(model.id() + " owned by " + model.ownedBy().orElse("?"));
    }
  }
}
