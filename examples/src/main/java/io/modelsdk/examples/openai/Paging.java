package io.modelsdk.examples.openai;

import io.modelsdk.core.Page;
import io.modelsdk.examples.Examples;
import io.modelsdk.openai.OpenAiClient;
import io.modelsdk.openai.OpenAiModel;
import java.io.PrintStream;
import java.util.stream.Collectors;

/**
 * The paging API. OpenAI answers every model in one page, so {@code hasNextPage()} is false; the same
 * code walks every page of vendors that do page (Scale, Root Signals), so it is worth writing this way.
 *
 * <pre>OPENAI_API_KEY=sk-... java -cp models.jar io.modelsdk.examples.openai.Paging</pre>
 */
public final class Paging {
  private Paging() {}

  public static void main(String[] args) {
    Examples.exitOnError(() -> {
      try (OpenAiClient client = OpenAiClient.builder().fromEnv(Examples::env).build()) {
        run(client, System.out);
      }
    });
  }

  /** Prints the first page's size and whether more follow, then every model through the auto-pager. */
  public static void run(OpenAiClient client, PrintStream out) {
    Page<OpenAiModel> first = client.models().list();
    out.println("first page: " + first.items().size() + " models, more pages: " + first.hasNextPage());

    for (OpenAiModel model : first.autoPager()) { // this page, then any following one, fetched lazily
      out.println("  " + model.id());
    }

    // The same as a stream: owners and how many models each has.
    out.println(first.stream().collect(Collectors.groupingBy(m -> m.ownedBy().orElse("?"), Collectors.counting())));
  }
}
