package io.modelsdk.examples.openai;

import io.modelsdk.core.errors.ApiConnectionException;
import io.modelsdk.core.errors.ApiException;
import io.modelsdk.core.errors.AuthenticationException;
import io.modelsdk.core.errors.NotFoundException;
import io.modelsdk.core.errors.RateLimitException;
import io.modelsdk.core.errors.SdkException;
import io.modelsdk.examples.Examples;
import io.modelsdk.openai.OpenAiClient;
import java.io.PrintStream;

/**
 * What a failed call throws: one exception type per kind of failure, each with the HTTP status,
 * OpenAI's error code and the request id. Catch the specific ones first; {@link SdkException} is
 * the base of them all.
 *
 * <pre>OPENAI_API_KEY=sk-... java -cp models.jar io.modelsdk.examples.openai.ErrorHandling no-such-model</pre>
 */
public final class ErrorHandling {
  private ErrorHandling() {}

  public static void main(String[] args) {
    String id = args.length > 0 ? args[0] : "no-such-model";
    Examples.exitOnError(() -> {
      try (OpenAiClient client = OpenAiClient.builder().fromEnv(Examples::env).build()) {
        run(client, System.out, id);
      }
    });
  }

  /** Retrieves the model and prints what went wrong, if anything. */
  public static void run(OpenAiClient client, PrintStream out, String id) {
    try {
      out.println("found " + client.models().retrieve(id).id());
    } catch (NotFoundException e) {
      out.println("no such model: " + describe(e));
    } catch (RateLimitException e) {
      out.println("rate limited: " + describe(e) + ", retry after " + e.retryAfter().map(Object::toString).orElse("?"));
    } catch (AuthenticationException e) {
      out.println("bad API key: " + describe(e));
    } catch (ApiException e) { // any other HTTP error: 400, 403, 5xx...
      out.println("API error: " + describe(e));
    } catch (ApiConnectionException e) {
      out.println("no answer after " + e.attempts() + " attempts: " + e.getMessage());
    } catch (SdkException e) { // a timeout, an unreadable body...
      out.println("failed: " + e);
    }
  }

  private static String describe(ApiException e) {
    return "status " + e.statusCode() + ", code " + e.vendorCode().orElse("-") + ", request id "
        + e.requestId().orElse("-") + ", after " + e.attempts() + " attempts";
  }
}
