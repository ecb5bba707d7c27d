package io.modelsdk.examples.demo;

import io.modelsdk.core.Model;
import io.modelsdk.core.Page;
import io.modelsdk.examples.VendorClient;
import io.modelsdk.root.RootClient;
import io.modelsdk.root.RootModelCreateParams;
import io.modelsdk.root.RootModelListParams;
import io.modelsdk.scale.ScaleClient;
import io.modelsdk.scale.ScaleModel;
import io.modelsdk.scale.ScaleModelCreateParams;
import io.modelsdk.scale.ScaleModelListParams;
import io.modelsdk.scale.ScaleModelType;
import java.util.Optional;

/**
 * The calls that exist only on some vendors' own clients: a list with a page size (Scale, Root Signals)
 * and create (Scale, Root Signals). Everything else the demo does goes through the common view.
 */
final class VendorExtras {
  private VendorExtras() {}

  /** The page size the demo asks for, if the vendor pages; small so that the few mock models span pages. */
  static Optional<Integer> pageSize(VendorClient client) {
    switch (client.vendor()) {
      case SCALE:
        return Optional.of(2);
      case ROOT:
        return Optional.of(1);
      default:
        return Optional.empty();
    }
  }

  /** The first page, of {@link #pageSize} items where the vendor pages. */
  static Page<? extends Model> firstPage(VendorClient client) {
    int size = pageSize(client).orElse(0);
    switch (client.vendor()) {
      case SCALE:
        return client.unwrap(ScaleClient.class).models()
            .list(ScaleModelListParams.builder().limit(size).build());
      case ROOT:
        return client.unwrap(RootClient.class).models()
            .list(RootModelListParams.builder().pageSize(size).build());
      default:
        return client.models().list();
    }
  }

  /** A create of the vendor's documented example model, or empty if the vendor has no create. */
  static Optional<Step> create(VendorClient client) {
    switch (client.vendor()) {
      case SCALE:
        return Optional.of(() -> {
          ScaleModel m = client.unwrap(ScaleClient.class).models().create(ScaleModelCreateParams.builder()
              .accountId("acc_5f2c").modelType(ScaleModelType.COMPLETION).name("my-model").build());
          return "created " + m.id() + " (" + m.name() + ")";
        });
      case ROOT:
        return Optional.of(() -> "created " + client.unwrap(RootClient.class).models().create(
            RootModelCreateParams.builder().name("my-custom-gpt").model("gpt-4-turbo").build()));
      default:
        return Optional.empty();
    }
  }
}
