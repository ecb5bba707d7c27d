package io.modelsdk.examples.atoma;

import io.modelsdk.atoma.AtomaClient;
import io.modelsdk.atoma.AtomaModel;
import io.modelsdk.core.Page;
import io.modelsdk.examples.Examples;
import java.io.PrintStream;

/**
 * The paging API on a vendor with a single page: {@code hasNextPage()} is false and
 * {@code autoPager()} yields this page's items. Written this way, the code needs no change for a
 * vendor that does page.
 *
 * <pre>ATOMASDK_BEARER_AUTH=... java -cp models.jar io.modelsdk.examples.atoma.Paging</pre>
 */
public final class Paging {
  private Paging() {}

  public static void main(String[] args) {
    Examples.exitOnError(() -> {
      try (AtomaClient client = AtomaClient.builder().fromEnv(Examples::env).build()) {
        run(client, System.out);
      }
    });
  }

  /** Prints the page's size and whether another follows, then every model and a count by owner. */
  public static void run(AtomaClient client, PrintStream out) {
    Page<AtomaModel> page = client.models().list();
    out.println(page.items().size() + " models on this page, next page: " + page.hasNextPage());
    page.autoPager().forEach(m -> out.println("  " + m.id()));
    long meta = page.stream().filter(m -> m.id().startsWith("meta-llama/")).count();
    out.println(meta + " Llama models");
  }
}
