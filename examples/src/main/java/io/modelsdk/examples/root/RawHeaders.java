package io.modelsdk.examples.root;

import io.modelsdk.core.RawResponse;
import io.modelsdk.examples.Examples;
import io.modelsdk.root.RootClient;
import io.modelsdk.root.RootModel;
import io.modelsdk.root.RootModelCreateParams;
import java.io.PrintStream;

/**
 * The whole answer to a create: {@code create} answers only the new id, while
 * {@code withRawResponse().create} gives the 201 status, the headers and the created model. Root
 * Signals sends no request-id header, so {@code requestId()} is empty.
 *
 * <pre>ROOTSIGNALS_API_KEY=... java -cp models.jar io.modelsdk.examples.root.RawHeaders my-custom-gpt</pre>
 */
public final class RawHeaders {
  private RawHeaders() {}

  public static void main(String[] args) {
    String name = args.length > 0 ? args[0] : "my-custom-gpt";
    Examples.exitOnError(() -> {
      try (RootClient client = RootClient.builder().fromEnv(Examples::env).build()) {
        run(client, System.out, name);
      }
    });
  }

  /** Creates a model and prints status, request id, content type and the parsed model. */
  public static void run(RootClient client, PrintStream out, String name) {
    RootModelCreateParams params = RootModelCreateParams.builder().name(name).build(); // model defaults to name
    RawResponse<RootModel> raw = client.models().withRawResponse().create(params);
    out.println("status " + raw.statusCode() + ", request id " + raw.requestId().orElse("(none sent)"));
    out.println("content type " + raw.headers().firstValue("Content-Type").orElse("?"));
    RootModel model = raw.parse();
    out.println(model.id() + " " + model.name() + ", max output tokens "
        + (model.maxOutputTokenCount().isPresent() ? model.maxOutputTokenCount().getAsInt() : "-"));
  }
}
