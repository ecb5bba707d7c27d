package io.modelsdk.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelsdk.core.errors.ApiConnectionException;
import io.modelsdk.core.errors.ApiTimeoutException;
import io.modelsdk.core.errors.InternalServerException;
import io.modelsdk.core.errors.ResponseParseException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One vendor's outage or timeout is named in its listing and neither hides nor holds back the others. */
class CatalogFailuresTest extends CatalogWireMockTest {
  private static CatalogSnapshot list(ModelCatalog catalog, boolean async) throws Exception {
    return async ? catalog.listAllAsync().get(30, TimeUnit.SECONDS) : catalog.listAll();
  }

  private static void theOthersAreListed(CatalogSnapshot all, String failed) {
    assertThat(all.listings()).hasSize(VENDORS.size());
    assertThat(all.listings()).filteredOn(l -> !l.vendor().equals(failed))
        .allSatisfy(l -> assertThat(l.isUp()).as(l.toString()).isTrue())
        .allSatisfy(l -> assertThat(l.models()).isNotEmpty());
    assertThat(all.failures()).extracting(VendorListing::vendor).containsExactly(failed);
    assertThat(all.entry("gpt-4")).isPresent();
  }

  @ParameterizedTest(name = "async={0}")
  @ValueSource(booleans = {false, true})
  void aVendorPastItsDeadlineFailsWithATimeoutAndTheOthersAnswer(boolean async) throws Exception {
    answer("scale", json(200, payload("scale-list.json")).withFixedDelay(4_000));
    ModelCatalog catalog = track(ModelCatalog.builder().fromEnv(lookup(env()))
        .deadline("scale", Duration.ofMillis(300)).build());

    CatalogSnapshot all = list(catalog, async);

    theOthersAreListed(all, "scale");
    VendorListing scale = all.listing("scale").get();
    assertThat(scale.failure()).get().isInstanceOf(ApiTimeoutException.class);
    assertThat(scale.failure().get().getMessage()).contains("scale").contains("300 ms");
    assertThat(scale.models()).isEmpty();
    // the snapshot was made when the deadline passed, not when the slow answer came
    assertThat(all.wallTime()).isLessThan(Duration.ofMillis(4_000));
  }

  @ParameterizedTest(name = "async={0}")
  @ValueSource(booleans = {false, true})
  void aVendorAnswering500IsNamedWithItsExceptionAndTheOthersAnswer(boolean async) throws Exception {
    answer("rootsignals", json(500, "{\"type\":\"about:blank\",\"title\":\"Server Error\",\"status\":500}")
        .withHeader("x-should-retry", "false"));
    ModelCatalog catalog = track(ModelCatalog.fromEnv(lookup(env())));

    CatalogSnapshot all = list(catalog, async);

    theOthersAreListed(all, "rootsignals");
    VendorListing root = all.listing("rootsignals").get();
    assertThat(root.failure()).get().isInstanceOfSatisfying(InternalServerException.class,
        e -> assertThat(e.statusCode()).isEqualTo(500));
    assertThat(root.toString()).startsWith("rootsignals: failed, ").contains("500");
  }

  @ParameterizedTest(name = "async={0}")
  @ValueSource(booleans = {false, true})
  void aVendorThatCannotBeReachedIsAConnectionFailure(boolean async) throws Exception {
    Map<String, String> env = env();
    env.put("CHOREOAI_BASE_URL", "http://127.0.0.1:1/choreo"); // nothing listens on port 1
    ModelCatalog catalog = track(ModelCatalog.builder().fromEnv(lookup(env)).deadline(Duration.ofSeconds(20)).build());

    CatalogSnapshot all = list(catalog, async);

    theOthersAreListed(all, "choreoai");
    assertThat(all.listing("choreoai").get().failure()).get().isInstanceOf(ApiConnectionException.class);
  }

  @ParameterizedTest(name = "async={0}")
  @ValueSource(booleans = {false, true})
  void aBrokenAnswerIsAParseFailureNotAnEmptyVendor(boolean async) throws Exception {
    answer("atoma", json(200, "{\"object\":\"list\"}"));
    ModelCatalog catalog = track(ModelCatalog.fromEnv(lookup(env())));

    CatalogSnapshot all = list(catalog, async);

    assertThat(all.failures()).extracting(VendorListing::vendor).containsExactly("atoma");
    assertThat(all.listing("atoma").get().failure()).get().isInstanceOf(ResponseParseException.class);
  }
}
