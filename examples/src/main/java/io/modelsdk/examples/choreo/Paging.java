package io.modelsdk.examples.choreo;

import io.modelsdk.choreo.ChoreoClient;
import io.modelsdk.choreo.ChoreoModel;
import io.modelsdk.core.Page;
import io.modelsdk.examples.Examples;
import java.io.PrintStream;
import java.util.Map;
import java.util.TreeMap;

/**
 * The paging API on the gateway, which answers one page: {@code hasNextPage()} is false and
 * {@code autoPager()} ends with this page. Code written this way works unchanged for vendors that page.
 *
 * <pre>CHOREOAI_API_KEY=... java -cp models.jar io.modelsdk.examples.choreo.Paging</pre>
 */
public final class Paging {
  private Paging() {}

  public static void main(String[] args) {
    Examples.exitOnError(() -> {
      try (ChoreoClient client = ChoreoClient.builder().fromEnv(Examples::env).build()) {
        run(client, System.out);
      }
    });
  }

  /** Prints whether another page follows, then how many models each provider has. */
  public static void run(ChoreoClient client, PrintStream out) {
    Page<ChoreoModel> page = client.models().list();
    out.println("one page of " + page.items().size() + "; next page: " + page.hasNextPage());
    Map<String, Integer> perProvider = new TreeMap<>();
    for (ChoreoModel model : page.autoPager()) {
      perProvider.merge(model.ownedBy().orElse("?"), 1, Integer::sum);
    }
    perProvider.forEach((provider, n) -> out.println(provider + ": " + n));
  }
}
