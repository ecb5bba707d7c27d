package io.modelsdk.examples.openai;

import io.modelsdk.core.StreamingListResponse;
import io.modelsdk.examples.Examples;
import io.modelsdk.openai.OpenAiClient;
import io.modelsdk.openai.OpenAiModel;
import java.io.PrintStream;

/**
 * Reads a list item by item as the body arrives, never holding the whole list in memory: useful
 * against servers that list thousands of models. The response holds a connection until it is
 * closed, hence the try-with-resources.
 *
 * <pre>OPENAI_API_KEY=sk-... java -cp models.jar io.modelsdk.examples.openai.Streaming</pre>
 */
public final class Streaming {
  private Streaming() {}

  public static void main(String[] args) {
    Examples.exitOnError(() -> {
      try (OpenAiClient client = OpenAiClient.builder().fromEnv(Examples::env).build()) {
        run(client, System.out);
      }
    });
  }

  /** Prints the status, then each model as it is parsed. */
  public static void run(OpenAiClient client, PrintStream out) {
    try (StreamingListResponse<OpenAiModel> stream = client.models().withStreamingResponse().list()) {
      out.println("status " + stream.statusCode() + ", request id " + stream.requestId().orElse("-"));
      for (OpenAiModel model : stream) { // each item parsed when the loop reaches it
        out.println(model.id());
      }
    }
  }
}
