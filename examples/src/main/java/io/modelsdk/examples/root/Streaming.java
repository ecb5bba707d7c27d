package io.modelsdk.examples.root;

import io.modelsdk.core.StreamingListResponse;
import io.modelsdk.examples.Examples;
import io.modelsdk.root.RootClient;
import io.modelsdk.root.RootModel;
import io.modelsdk.root.RootModelListParams;
import java.io.PrintStream;

/**
 * Reads one page of the list item by item as the body arrives. A streaming response covers one page
 * (for every page, use {@code list().autoPager()}) and holds a connection until closed.
 *
 * <pre>ROOTSIGNALS_API_KEY=... java -cp models.jar io.modelsdk.examples.root.Streaming chat</pre>
 */
public final class Streaming {
  private Streaming() {}

  public static void main(String[] args) {
    String capability = args.length > 0 ? args[0] : "chat";
    Examples.exitOnError(() -> {
      try (RootClient client = RootClient.builder().fromEnv(Examples::env).build()) {
        run(client, System.out, capability);
      }
    });
  }

  /** Streams the models capable of {@code capability}, 100 per page, printing the private ones. */
  public static void run(RootClient client, PrintStream out, String capability) {
    RootModelListParams params = RootModelListParams.builder().addCapableOf(capability).pageSize(100).build();
    try (StreamingListResponse<RootModel> stream = client.models().withStreamingResponse().list(params)) {
      stream.stream()
          .filter(m -> m.visibility().filter("PRIVATE"::equals).isPresent())
          .forEach(m -> out.println("private: " + m.name() + " (" + m.id() + ")"));
    }
  }
}
