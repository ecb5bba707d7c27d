package io.modelsdk.examples.openai;

import io.modelsdk.core.RawResponse;
import io.modelsdk.examples.Examples;
import io.modelsdk.openai.OpenAiClient;
import io.modelsdk.openai.OpenAiModel;
import java.io.PrintStream;

/**
 * Reads the HTTP side of a call: status, request id (quote it to OpenAI support) and the rate-limit
 * headers, then parses the body. {@code withRawResponse()} offers every call this way.
 *
 * <pre>OPENAI_API_KEY=sk-... java -cp models.jar io.modelsdk.examples.openai.RawHeaders gpt-4o</pre>
 */
public final class RawHeaders {
  private RawHeaders() {}

  public static void main(String[] args) {
    String id = args.length > 0 ? args[0] : "model-id-0";
    Examples.exitOnError(() -> {
      try (OpenAiClient client = OpenAiClient.builder().fromEnv(Examples::env).build()) {
        run(client, System.out, id);
      }
    });
  }

  /** Prints status, request id and remaining requests, then the parsed model's id. */
  public static void run(OpenAiClient client, PrintStream out, String id) {
    RawResponse<OpenAiModel> raw = client.models().withRawResponse().retrieve(id);
    out.println("status:        " + raw.statusCode());
    out.println("request id:    " + raw.requestId().orElse("-"));
    out.println("requests left: " + raw.headers().firstValue("x-ratelimit-remaining-requests").orElse("n/a"));
    out.println("retries:       " + raw.retries() + ", took " + raw.elapsed().toMillis() + " ms");
    OpenAiModel model = raw.parse(); // the body is parsed only now
    out.println("model:         " + model.id());
  }
}
