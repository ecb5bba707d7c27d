package io.modelsdk.examples.scale;

import io.modelsdk.core.Page;
import io.modelsdk.examples.Examples;
import io.modelsdk.scale.ScaleClient;
import io.modelsdk.scale.ScaleModel;
import io.modelsdk.scale.ScaleModelListParams;
import io.modelsdk.scale.ScaleModelSortBy;
import java.io.PrintStream;
import java.util.stream.Collectors;

/**
 * Page-number paging with a page size ({@code limit}): the first page, whether another follows, then
 * {@code autoPager()} fetching the rest as the loop reaches them. It goes on while Scale's
 * {@code total_item_count} says more remain.
 *
 * <pre>SGP_API_KEY=... java -cp models.jar io.modelsdk.examples.scale.Paging 50</pre>
 */
public final class Paging {
  private Paging() {}

  public static void main(String[] args) {
    int pageSize = args.length > 0 ? Integer.parseInt(args[0]) : 50;
    Examples.exitOnError(() -> {
      try (ScaleClient client = ScaleClient.builder().fromEnv(Examples::env).build()) {
        run(client, System.out, pageSize);
      }
    });
  }

  /** Lists by name, {@code pageSize} per page, and prints every model. */
  public static void run(ScaleClient client, PrintStream out, int pageSize) {
    ScaleModelListParams params = ScaleModelListParams.builder()
        .limit(pageSize)
        .addSortBy(ScaleModelSortBy.NAME_ASC)
        .build();
    Page<ScaleModel> first = client.models().list(params);
    out.println("page 1: " + first.items().stream().map(ScaleModel::id).collect(Collectors.joining(", "))
        + "; more pages: " + first.hasNextPage());
    int count = 0;
    for (ScaleModel model : first.autoPager()) { // page 1 again from memory, then pages 2, 3... on demand
      out.println("  " + model.id() + " " + model.name());
      count++;
    }
    out.println(count + " models in all");
  }
}
