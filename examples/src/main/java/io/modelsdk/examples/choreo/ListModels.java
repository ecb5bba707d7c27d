package io.modelsdk.examples.choreo;

import io.modelsdk.choreo.ChoreoClient;
import io.modelsdk.choreo.ChoreoModel;
import io.modelsdk.choreo.ChoreoModelListParams;
import io.modelsdk.examples.Examples;
import java.io.PrintStream;

/**
 * Lists the models of a ChoreoAI gateway, all of them and then those of some providers. The gateway
 * takes no filter, so the SDK filters by owner; providers the gateway has no key for are absent from
 * the list, not an error.
 *
 * <pre>CHOREOAI_API_KEY=... CHOREOAI_BASE_URL=http://localhost:8000 java -cp models.jar io.modelsdk.examples.choreo.ListModels anthropic</pre>
 */
public final class ListModels {
  private ListModels() {}

  public static void main(String[] args) {
    Examples.exitOnError(() -> {
      try (ChoreoClient client = ChoreoClient.builder().fromEnv(Examples::env).build()) {
        run(client, System.out, args.length > 0 ? args : new String[] {"anthropic"});
      }
    });
  }

  /** Prints every model with its provider, then how many belong to {@code owners}. */
  public static void run(ChoreoClient client, PrintStream out, String... owners) {
    for (ChoreoModel model : client.models().list().autoPager()) {
      out.println(model.id() + " via " + model.ownedBy().orElse("?"));
    }
    ChoreoModelListParams byOwner = ChoreoModelListParams.builder().ownedBy(owners).build();
    out.println(client.models().list(byOwner).items().size() + " models owned by " + String.join(" or ", owners));
  }
}
