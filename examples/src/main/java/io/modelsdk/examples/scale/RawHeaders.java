package io.modelsdk.examples.scale;

import io.modelsdk.core.RawResponse;
import io.modelsdk.examples.Examples;
import io.modelsdk.scale.ScaleClient;
import io.modelsdk.scale.ScaleModel;
import java.io.PrintStream;

/**
 * A retrieve seen from HTTP: status and headers first, the model parsed only when asked. Scale sends
 * no request-id header, so {@code requestId()} is empty.
 *
 * <pre>SGP_API_KEY=... java -cp models.jar io.modelsdk.examples.scale.RawHeaders mi_01hz8k2n5q</pre>
 */
public final class RawHeaders {
  private RawHeaders() {}

  public static void main(String[] args) {
    String id = args.length > 0 ? args[0] : "mi_01hz8k2n5q";
    Examples.exitOnError(() -> {
      try (ScaleClient client = ScaleClient.builder().fromEnv(Examples::env).build()) {
        run(client, System.out, id);
      }
    });
  }

  /** Prints status, request id and content type, then the parsed model's name. */
  public static void run(ScaleClient client, PrintStream out, String id) {
    RawResponse<ScaleModel> raw = client.models().withRawResponse().retrieve(id);
    out.println("status " + raw.statusCode() + ", request id " + raw.requestId().orElse("(Scale sends none)"));
    out.println("content type " + raw.headers().firstValue("content-type").orElse("?"));
    ScaleModel model = raw.parse();
    out.println(model.id() + " is " + model.name());
  }
}
