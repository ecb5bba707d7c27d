package io.modelsdk.examples.atoma;

import io.modelsdk.atoma.AtomaClient;
import io.modelsdk.atoma.InsufficientBalanceException;
import io.modelsdk.core.errors.ApiConnectionException;
import io.modelsdk.core.errors.ApiException;
import io.modelsdk.core.errors.AuthenticationException;
import io.modelsdk.core.errors.NotFoundException;
import io.modelsdk.core.errors.RateLimitException;
import io.modelsdk.core.errors.SdkException;
import io.modelsdk.examples.Examples;
import java.io.PrintStream;

/**
 * The exceptions of a failed call, with Atoma's error code ({@code AUTH_ERROR}, {@code BALANCE_ERROR},
 * {@code TOO_MANY_REQUESTS}...); an exhausted balance is an {@link InsufficientBalanceException}. An id the proxy does not list is a {@link NotFoundException} too,
 * though Atoma never answered 404: the SDK found no such model in the list.
 *
 * <pre>ATOMASDK_BEARER_AUTH=... java -cp models.jar io.modelsdk.examples.atoma.ErrorHandling no/such-model</pre>
 */
public final class ErrorHandling {
  private ErrorHandling() {}

  public static void main(String[] args) {
    String id = args.length > 0 ? args[0] : "no/such-model";
    Examples.exitOnError(() -> {
      try (AtomaClient client = AtomaClient.builder().fromEnv(Examples::env).build()) {
        run(client, System.out, id);
      }
    });
  }

  /** Retrieves the model and prints which failure, if any, happened. */
  public static void run(AtomaClient client, PrintStream out, String id) {
    try {
      out.println("found " + client.models().retrieve(id).id());
    } catch (NotFoundException e) {
      out.println("not listed: " + describe(e));
    } catch (RateLimitException e) {
      out.println("slow down: " + describe(e) + ", wait " + e.retryAfter().map(Object::toString).orElse("?"));
    } catch (AuthenticationException e) {
      out.println("key refused: " + describe(e));
    } catch (InsufficientBalanceException e) {
      out.println("API error: " + describe(e) + " (top up the balance)");
    } catch (ApiException e) {
      out.println("API error: " + describe(e));
    } catch (ApiConnectionException e) {
      out.println("connection failed, " + e.attempts() + " attempts: " + e.getMessage());
    } catch (SdkException e) {
      out.println("failed: " + e);
    }
  }

  private static String describe(ApiException e) {
    return e.statusCode() + " " + e.vendorCode().orElse("-") + " \"" + e.vendorMessage().orElse("") + "\", request id "
        + e.requestId().orElse("-");
  }
}
