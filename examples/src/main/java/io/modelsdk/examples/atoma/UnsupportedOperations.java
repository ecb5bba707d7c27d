package io.modelsdk.examples.atoma;

import io.modelsdk.atoma.AtomaClient;
import io.modelsdk.core.Operation;
import io.modelsdk.core.errors.OperationNotSupportedException;
import io.modelsdk.examples.Examples;
import java.io.PrintStream;
import java.util.Set;

/**
 * Atoma's models API can list and retrieve, nothing else. {@code operations()} says so up front, and
 * an operation outside it ({@code delete}) throws {@link OperationNotSupportedException} before any
 * request is sent, in the async API too.
 *
 * <pre>ATOMASDK_BEARER_AUTH=... java -cp models.jar io.modelsdk.examples.atoma.UnsupportedOperations</pre>
 */
public final class UnsupportedOperations {
  private UnsupportedOperations() {}

  public static void main(String[] args) {
    Examples.exitOnError(() -> {
      try (AtomaClient client = AtomaClient.builder().fromEnv(Examples::env).build()) {
        run(client, System.out);
      }
    });
  }

  /** Prints the supported operations, then tries a delete both ways. No request is made. */
  public static void run(AtomaClient client, PrintStream out) {
    Set<Operation> supported = client.models().operations();
    out.println("supported: " + supported);
    if (!supported.contains(Operation.DELETE)) {
      out.println("delete is not supported: skip it, or expect an exception");
    }
    try {
      client.models().delete("meta-llama/Llama-3.3-70B-Instruct");
    } catch (OperationNotSupportedException e) {
      out.println("sync:  " + e.getMessage());
    }
    try {
      client.async().models().delete("meta-llama/Llama-3.3-70B-Instruct"); // throws, no future
    } catch (OperationNotSupportedException e) {
      out.println("async: " + e.vendor() + " lacks " + e.operation().wireName());
    }
  }
}
