package io.modelsdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelsdk.core.spi.ClientProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/** The vendors the examples name are the SDK's, as the model catalog finds them. */
class VendorTest {
  @Test
  void eachVendorHasTheNameAndKeyVariableOfTheSdksProvider() {
    List<String> provided = new ArrayList<>();
    ServiceLoader.load(ClientProvider.class).forEach(p -> provided.add(p.vendor() + " " + p.apiKeyVariable()));

    List<String> named = new ArrayList<>();
    for (Vendor v : Vendor.values()) {
      named.add(v.vendorName() + " " + v.keyVariable());
    }
    assertThat(provided).containsExactlyInAnyOrderElementsOf(named);
  }
}
