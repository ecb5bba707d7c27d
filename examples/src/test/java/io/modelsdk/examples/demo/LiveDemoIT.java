package io.modelsdk.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.modelsdk.examples.Vendor;
import io.modelsdk.examples.VendorClient;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The demo's {@code --live} calls against each real vendor: list, retrieve in every mode, streaming and
 * paging, nothing that changes an account. Skipped for a vendor whose key variable is not set, so it
 * runs on a developer's machine with keys and is skipped in CI, which has none.
 */
class LiveDemoIT {
  @ParameterizedTest
  @EnumSource(Vendor.class)
  void everyReadOnlyCallSucceedsAgainstTheVendor(Vendor vendor) {
    String key = System.getenv(vendor.keyVariable());
    assumeTrue(key != null && !key.isBlank(), vendor.keyVariable() + " is not set");

    try (VendorClient client = vendor.fromEnv(b -> b.timeout(Duration.ofSeconds(30)))) {
      List<Row> rows = Tour.live(client);

      assertThat(rows).isNotEmpty().allSatisfy(r -> assertThat(r.ok()).as(r.mode() + " " + r.call() + ": "
          + r.result()).isTrue());
    }
  }
}
