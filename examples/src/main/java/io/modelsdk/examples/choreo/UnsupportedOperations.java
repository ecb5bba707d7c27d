package io.modelsdk.examples.choreo;

import io.modelsdk.choreo.ChoreoClient;
import io.modelsdk.core.Operation;
import io.modelsdk.core.errors.OperationNotSupportedException;
import io.modelsdk.examples.Examples;
import java.io.PrintStream;
import java.util.EnumSet;
import java.util.Set;

/**
 * The gateway lists and retrieves models; it cannot create or delete them. {@code operations()} tells
 * which operations a client supports, so code written for several vendors can skip the others; calling
 * one anyway throws {@link OperationNotSupportedException} before any request.
 *
 * <pre>CHOREOAI_API_KEY=... java -cp models.jar io.modelsdk.examples.choreo.UnsupportedOperations</pre>
 */
public final class UnsupportedOperations {
  private UnsupportedOperations() {}

  public static void main(String[] args) {
    Examples.exitOnError(() -> {
      try (ChoreoClient client = ChoreoClient.builder().fromEnv(Examples::env).build()) {
        run(client, System.out);
      }
    });
  }

  /** Prints what is and is not supported, then shows that a delete is refused without I/O. */
  public static void run(ChoreoClient client, PrintStream out) {
    Set<Operation> supported = client.models().operations();
    Set<Operation> missing = EnumSet.complementOf(EnumSet.copyOf(supported));
    out.println("supported:     " + supported);
    out.println("not supported: " + missing);
    try {
      client.models().delete("gpt-4");
      out.println("deleted?!");
    } catch (OperationNotSupportedException e) {
      out.println(e.getMessage() + " (nothing was sent)");
    }
  }
}
