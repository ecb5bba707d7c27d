package io.modelsdk.examples.root;

import io.modelsdk.core.Page;
import io.modelsdk.examples.Examples;
import io.modelsdk.root.RootClient;
import io.modelsdk.root.RootModel;
import io.modelsdk.root.RootModelListParams;
import java.io.PrintStream;

/**
 * Cursor paging with a page size: the first page, whether another follows, then {@code autoPager()}
 * following Root Signals' {@code next} cursor. {@code limit} caps the total: no page is fetched once
 * that many models have arrived.
 *
 * <pre>ROOTSIGNALS_API_KEY=... java -cp models.jar io.modelsdk.examples.root.Paging 20</pre>
 */
public final class Paging {
  private Paging() {}

  public static void main(String[] args) {
    int pageSize = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    Examples.exitOnError(() -> {
      try (RootClient client = RootClient.builder().fromEnv(Examples::env).build()) {
        run(client, System.out, pageSize, 100);
      }
    });
  }

  /** Lists by name, {@code pageSize} per page and at most {@code limit} in all, printing each model. */
  public static void run(RootClient client, PrintStream out, int pageSize, int limit) {
    RootModelListParams params = RootModelListParams.builder().pageSize(pageSize).ordering("name").limit(limit).build();
    Page<RootModel> first = client.models().list(params);
    out.println("first page: " + first.items().size() + " models, more pages: " + first.hasNextPage());
    int count = 0;
    for (RootModel model : first.autoPager()) { // follows the cursor as the loop goes
      out.println("  " + model.name());
      count++;
    }
    out.println(count + " models listed");
  }
}
