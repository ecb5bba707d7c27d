package io.modelsdk.examples.scale;

import io.modelsdk.core.StreamingListResponse;
import io.modelsdk.examples.Examples;
import io.modelsdk.scale.ScaleClient;
import io.modelsdk.scale.ScaleModel;
import io.modelsdk.scale.ScaleModelListParams;
import java.io.PrintStream;

/**
 * Reads one large page (up to 10,000 models) item by item as it arrives, without holding it in memory.
 * A streaming response covers one page; close it, as the try-with-resources does.
 *
 * <pre>SGP_API_KEY=... java -cp models.jar io.modelsdk.examples.scale.Streaming</pre>
 */
public final class Streaming {
  private Streaming() {}

  public static void main(String[] args) {
    Examples.exitOnError(() -> {
      try (ScaleClient client = ScaleClient.builder().fromEnv(Examples::env).build()) {
        run(client, System.out);
      }
    });
  }

  /** Prints each model of a page of up to 10,000 as it is parsed, then the count. */
  public static void run(ScaleClient client, PrintStream out) {
    ScaleModelListParams bigPage = ScaleModelListParams.builder().limit(ScaleModelListParams.MAX_LIMIT).build();
    try (StreamingListResponse<ScaleModel> stream = client.models().withStreamingResponse().list(bigPage)) {
      long count = 0;
      for (ScaleModel model : stream) {
        out.println(model.id() + " " + model.modelType());
        count++;
      }
      out.println(count + " models streamed");
    }
  }
}
