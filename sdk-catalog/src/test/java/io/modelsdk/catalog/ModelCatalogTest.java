package io.modelsdk.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modelsdk.core.CallEvent;
import io.modelsdk.core.CallListener;
import io.modelsdk.core.Model;
import io.modelsdk.core.Operation;
import io.modelsdk.openai.OpenAiClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** A catalog found through ServiceLoader lists every vendor whose key is set, at once. */
class ModelCatalogTest extends CatalogWireMockTest {
  private static CatalogSnapshot list(ModelCatalog catalog, boolean async) throws Exception {
    return async ? catalog.listAllAsync().get(30, TimeUnit.SECONDS) : catalog.listAll();
  }

  private static List<String> ids(VendorListing listing) {
    return listing.models().stream().map(Model::id).collect(Collectors.toList());
  }

  @ParameterizedTest(name = "async={0}")
  @ValueSource(booleans = {false, true})
  void fromEnvListsEveryVendorWithAKeyTheTestVendorIncluded(boolean async) throws Exception {
    ModelCatalog catalog = track(ModelCatalog.fromEnv(lookup(env())));

    CatalogSnapshot all = list(catalog, async);

    assertThat(catalog.vendors()).containsExactly("atoma", "choreoai", "compat", "openai", "rootsignals", "scale");
    assertThat(all.listings()).allSatisfy(l -> assertThat(l.isUp()).as(l.toString()).isTrue());
    assertThat(ids(all.listing("openai").get())).containsExactly("gpt-4", "model-id-1", "model-id-2");
    assertThat(ids(all.listing("scale").get())).containsExactly("mi_01hz8k2n5q", "mi_02jq4r7t8w", "mi_03kv6x9y0z");
    assertThat(ids(all.listing("rootsignals").get())).hasSize(2);
    assertThat(all.skipped()).isEmpty();
    assertThat(all.failures()).isEmpty();
    VENDORS.keySet().forEach(v -> assertThat(requestsTo(v)).as(v).isEqualTo(1));
  }

  @Test
  void aVendorWithoutItsKeyIsSkippedWithTheReasonAndNeverCalled() {
    Map<String, String> env = env();
    env.remove("ROOTSIGNALS_API_KEY");
    env.put("SGP_API_KEY", "  ");
    ModelCatalog catalog = track(ModelCatalog.fromEnv(lookup(env)));

    CatalogSnapshot all = catalog.listAll();

    assertThat(catalog.vendors()).doesNotContain("rootsignals", "scale");
    assertThat(all.skipped()).extracting(SkippedVendor::toString).containsExactly(
        "rootsignals skipped: no ROOTSIGNALS_API_KEY in the environment",
        "scale skipped: no SGP_API_KEY in the environment");
    assertThat(catalog.skipped()).isEqualTo(all.skipped());
    assertThat(requestsTo("rootsignals")).isZero();
    assertThat(requestsTo("scale")).isZero();
  }

  @Test
  void aVendorWhoseSettingsAreRefusedIsSkippedWithoutItsKey() {
    Map<String, String> env = env();
    env.put("OPENAI_BASE_URL", "http://models.example.com/v1"); // plain http to a remote host
    ModelCatalog catalog = track(ModelCatalog.fromEnv(lookup(env)));

    assertThat(catalog.vendors()).doesNotContain("openai");
    assertThat(catalog.skipped()).singleElement().satisfies(s -> {
      assertThat(s.vendor()).isEqualTo("openai");
      assertThat(s.reason()).contains("http").doesNotContain(KEY);
    });
  }

  @Test
  void anEmptyEnvironmentGivesAnEmptyCatalogNamingEveryVendorSkipped() {
    ModelCatalog catalog = track(ModelCatalog.fromEnv(name -> null));

    CatalogSnapshot all = catalog.listAll();

    assertThat(all.listings()).isEmpty();
    assertThat(all.entries()).isEmpty();
    assertThat(all.skipped()).extracting(SkippedVendor::vendor)
        .containsExactly("atoma", "choreoai", "compat", "openai", "rootsignals", "scale");
  }

  @Test
  void theCatalogsCallsGoThroughEachClientsListener() {
    List<String> events = new CopyOnWriteArrayList<>();
    CallListener listener = new CallListener() {
      @Override
      public void success(CallEvent call, Duration total) {
        events.add(call.operation() + " " + call.url());
      }
    };
    try (OpenAiClient openai = OpenAiClient.builder().apiKey(KEY).baseUrl(SERVER.baseUrl() + "/openai/v1")
        .listener(listener).build()) {
      ModelCatalog catalog = track(ModelCatalog.builder().add(openai).build());

      assertThat(catalog.listAll().listing("openai").get().models()).hasSize(3);
      assertThat(events).singleElement().satisfies(e -> assertThat(e).startsWith(Operation.LIST + " ")
          .endsWith("/openai/v1/models"));
    }
  }

  @Test
  void clientsOfOneVendorJoinUnderNamesOfTheirOwn() {
    try (OpenAiClient openai = OpenAiClient.builder().apiKey(KEY).baseUrl(SERVER.baseUrl() + "/openai/v1").build();
        OpenAiClient local = OpenAiClient.builder().apiKey(KEY).baseUrl(SERVER.baseUrl() + "/compat/v1").build()) {
      ModelCatalog catalog = track(ModelCatalog.builder().add(openai).add("vllm", local).build());

      CatalogSnapshot all = catalog.listAll();

      assertThat(all.entry("gpt-4").get().vendors()).containsExactly("openai", "vllm");
      assertThat(catalog.client("vllm")).containsSame(local);
      assertThatThrownBy(() -> ModelCatalog.builder().add(openai).add(openai))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("openai");
    }
  }

  @Test
  void eachVendorIsWalkedToItsCapAndSaysSo() {
    ModelCatalog catalog = track(ModelCatalog.builder().fromEnv(lookup(env())).maxModelsPerVendor(2).build());
    VendorListing scale = catalog.listAll().listing("scale").get();

    assertThat(ids(scale)).containsExactly("mi_01hz8k2n5q", "mi_02jq4r7t8w");
    assertThat(scale.truncated()).isTrue();
    assertThat(scale.toString()).contains("2 models (capped)");
  }

  @Test
  void nothingTheCatalogSaysHoldsAKey() {
    answer("openai", json(401, "{\"error\":{\"message\":\"Incorrect API key provided: " + KEY + "\"}}"));
    ModelCatalog catalog = track(ModelCatalog.fromEnv(lookup(env())));

    CatalogSnapshot all = catalog.listAll();

    List<String> said = new ArrayList<>();
    said.add(all.toString());
    said.add(catalog.toString());
    all.listings().forEach(l -> said.add(l.toString()));
    all.failures().forEach(l -> said.add(String.valueOf(l.failure().get())));
    assertThat(all.failures()).extracting(VendorListing::vendor).containsExactly("openai");
    assertThat(said).allSatisfy(s -> assertThat(s).doesNotContain(KEY));
  }

  @Test
  void aClosedCatalogClosesTheClientsItBuiltAndListsNoMore() {
    ModelCatalog catalog = ModelCatalog.fromEnv(lookup(env()));
    catalog.close();
    catalog.close();

    assertThatThrownBy(catalog::listAll).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    assertThatThrownBy(() -> catalog.client("openai").get().models().list()).isInstanceOf(RuntimeException.class);
  }

  @Test
  void noCatalogThreadOutlivesClose() throws Exception {
    ModelCatalog catalog = ModelCatalog.fromEnv(lookup(env()));
    catalog.listAll();
    catalog.close();

    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (catalogThreads() > 0 && System.nanoTime() < until) {
      Thread.sleep(10);
    }
    assertThat(catalogThreads()).isZero();
  }

  private static long catalogThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.isAlive() && t.getName().equals("models-catalog-deadlines")).count();
  }

  @Test
  void theBuilderRefusesBadSettingsAtOnce() {
    assertThatThrownBy(() -> ModelCatalog.builder().deadline(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ModelCatalog.builder().deadline("openai", Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ModelCatalog.builder().maxModelsPerVendor(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ModelCatalog.builder().cacheFor(null)).isInstanceOf(NullPointerException.class);
  }
}
