package io.modelsdk.examples.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modelsdk.catalog.CatalogSnapshot;
import io.modelsdk.catalog.ModelCatalog;
import io.modelsdk.core.Model;
import io.modelsdk.core.Page;
import io.modelsdk.core.RawResponse;
import io.modelsdk.core.RequestOptions;
import io.modelsdk.core.RetryConfig;
import io.modelsdk.core.errors.AuthenticationException;
import io.modelsdk.core.errors.NotFoundException;
import io.modelsdk.core.errors.RateLimitException;
import io.modelsdk.examples.Vendor;
import io.modelsdk.examples.VendorClient;
import io.modelsdk.root.RootClient;
import io.modelsdk.root.RootModel;
import io.modelsdk.root.RootModelListParams;
import io.modelsdk.scale.ScaleClient;
import io.modelsdk.scale.ScaleModel;
import io.modelsdk.scale.ScaleModelListParams;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The mock, seen through the real clients of every vendor. */
class VendorMockTest {
  /** The ids of each vendor's documented list payload. */
  private static final Map<Vendor, List<String>> LISTED = Map.of(
      Vendor.OPENAI, List.of("model-id-0", "model-id-1", "model-id-2"),
      Vendor.ATOMA, List.of("meta-llama/Llama-3.3-70B-Instruct", "intfloat/multilingual-e5-large-instruct",
          "black-forest-labs/FLUX.1-schnell"),
      Vendor.SCALE, List.of("mi_01hz8k2n5q", "mi_02jq4r7t8w", "mi_03kv6x9y0z"),
      Vendor.ROOT, List.of("0f5a1d47-3c2e-4b8a-9d61-2a7e5c9b8f10", "7c9e6679-7425-40de-944b-e07fc1f90ae7"),
      Vendor.CHOREO, List.of("gpt-4", "claude-3-opus-20240229"));

  private static VendorMock mock;

  @BeforeAll
  static void start() {
    mock = VendorMock.start();
  }

  @AfterAll
  static void stop() {
    mock.close();
  }

  private static VendorClient client(Vendor v, String key) {
    return v.connect(mock.baseUrl(v), key, b -> b.timeout(Duration.ofSeconds(10))
        .retry(RetryConfig.builder().maxRetries(1).initialBackoff(Duration.ofMillis(10))
            .maxBackoff(Duration.ofMillis(10)).build()));
  }

  private static List<String> ids(List<? extends Model> models) {
    return models.stream().map(Model::id).collect(Collectors.toList());
  }

  @Test
  void theCatalogFromItsEnvironmentListsEveryVendorsModels() {
    try (ModelCatalog catalog = ModelCatalog.fromEnv(mock.env())) {
      CatalogSnapshot all = catalog.listAll();

      assertThat(all.failures()).isEmpty();
      assertThat(all.skipped()).isEmpty();
      for (Vendor v : Vendor.values()) {
        assertThat(all.listing(v.vendorName())).as(v.vendorName()).hasValueSatisfying(
            l -> assertThat(ids(l.models())).isEqualTo(LISTED.get(v)));
      }
    }
  }

  @Test
  void itsEnvironmentSetsOnlyEachVendorsKeyAndBaseUrl() {
    assertThat(mock.env().apply("ROOTSIGNALS_API_KEY")).isEqualTo(VendorMock.API_KEY);
    assertThat(mock.env().apply("SGP_CLIENT_BASE_URL")).isEqualTo(mock.baseUrl(Vendor.SCALE));
    assertThat(mock.env().apply("SGP_ACCOUNT_ID")).isNull();
    assertThat(mock.env().apply("HOME")).isNull();
  }

  @Test
  void eachVendorHasItsOwnPrefixOnOneLoopbackPort() {
    assertThat(mock.baseUrl(Vendor.OPENAI)).isEqualTo("http://127.0.0.1:" + mock.port() + "/openai/v1");
    assertThat(mock.baseUrl(Vendor.SCALE)).isEqualTo("http://127.0.0.1:" + mock.port() + "/scale");
  }

  @ParameterizedTest
  @EnumSource(Vendor.class)
  void listsTheDocumentedModels(Vendor v) {
    try (VendorClient c = client(v, VendorMock.API_KEY)) {
      Page<? extends Model> page = c.models().list();
      assertThat(ids(page.items())).isEqualTo(LISTED.get(v));
      assertThat(page.hasNextPage()).isFalse();
    }
  }

  @ParameterizedTest
  @EnumSource(Vendor.class)
  void retrievesEveryListedModel(Vendor v) {
    try (VendorClient c = client(v, VendorMock.API_KEY)) {
      for (String id : LISTED.get(v)) {
        assertThat(c.models().retrieve(id).id()).isEqualTo(id);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Vendor.class)
  void aWrongKeyIsAnAuthenticationErrorInTheVendorsEnvelope(Vendor v) {
    try (VendorClient c = client(v, "wrong-key")) {
      assertThatThrownBy(() -> c.models().list())
          .isInstanceOfSatisfying(AuthenticationException.class, e -> {
            assertThat(e.statusCode()).isEqualTo(401);
            assertThat(e.vendorMessage()).isPresent();
          });
    }
  }

  @ParameterizedTest
  @EnumSource(Vendor.class)
  void theRateLimitScenarioSucceedsAfterOneRetryEveryTime(Vendor v) {
    RequestOptions forced =
        RequestOptions.builder().header(VendorMock.SCENARIO_HEADER, VendorMock.RATE_LIMIT).build();
    String id = LISTED.get(v).get(0);
    try (VendorClient c = client(v, VendorMock.API_KEY)) {
      for (int run = 0; run < 2; run++) {
        RawResponse<? extends Model> raw = c.models().withRawResponse().retrieve(id, forced);
        assertThat(raw.retries()).as("run %d", run).isEqualTo(1);
        assertThat(raw.parse().id()).isEqualTo(id);
      }
      assertThat(c.models().withRawResponse().retrieve(id).retries()).isZero();
    }
  }

  @Test
  void withoutRetriesTheForced429IsARateLimitError() {
    RequestOptions forced = RequestOptions.builder().header(VendorMock.SCENARIO_HEADER, VendorMock.RATE_LIMIT)
        .maxRetries(0).build();
    mock.resetScenarios();
    try (VendorClient c = client(Vendor.ROOT, VendorMock.API_KEY)) {
      assertThatThrownBy(() -> c.models().list(forced))
          .isInstanceOfSatisfying(RateLimitException.class,
              e -> assertThat(e.vendorMessage()).hasValue("Request was throttled."));
    }
    mock.resetScenarios();
  }

  @ParameterizedTest
  @EnumSource(value = Vendor.class, names = {"OPENAI", "SCALE", "ROOT"})
  void anUnknownIdIsA404InTheVendorsEnvelope(Vendor v) {
    String expected = Map.of(Vendor.OPENAI, "The model 'nope' does not exist",
        Vendor.SCALE, "Model instance nope not found", Vendor.ROOT, "Not found.").get(v);
    try (VendorClient c = client(v, VendorMock.API_KEY)) {
      assertThatThrownBy(() -> c.models().retrieve("nope"))
          .isInstanceOfSatisfying(NotFoundException.class, e -> {
            assertThat(e.statusCode()).isEqualTo(404);
            assertThat(e.vendorMessage()).hasValue(expected);
          });
    }
  }

  @ParameterizedTest
  @EnumSource(value = Vendor.class, names = {"OPENAI", "SCALE", "ROOT"})
  void deletesTheDeletableModel(Vendor v) {
    try (VendorClient c = client(v, VendorMock.API_KEY)) {
      RawResponse<?> raw = c.models().withRawResponse().delete(mock.deletableId(v).orElseThrow());
      assertThat(raw.statusCode()).isEqualTo(v == Vendor.ROOT ? 204 : 200);
    }
  }

  @Test
  void openAiAndChoreoSendRequestIds() {
    for (Vendor v : List.of(Vendor.OPENAI, Vendor.CHOREO)) {
      try (VendorClient c = client(v, VendorMock.API_KEY)) {
        assertThat(c.models().withRawResponse().list().requestId()).as(v.id())
            .hasValueSatisfying(id -> assertThat(id).startsWith("req_mock_" + v.id()));
      }
    }
  }

  @Test
  void scalePagesByNumber() {
    try (VendorClient c = client(Vendor.SCALE, VendorMock.API_KEY)) {
      Page<ScaleModel> first =
          c.unwrap(ScaleClient.class).models().list(ScaleModelListParams.builder().limit(2).build());
      assertThat(first.items()).hasSize(2);
      assertThat(first.hasNextPage()).isTrue();
      Page<ScaleModel> second = first.nextPage();
      assertThat(ids(second.items())).containsExactly("mi_03kv6x9y0z");
      assertThat(second.hasNextPage()).isFalse();
      List<String> all = new ArrayList<>();
      first.autoPager().forEach(m -> all.add(m.id()));
      assertThat(all).isEqualTo(LISTED.get(Vendor.SCALE));
    }
  }

  @Test
  void rootPagesByANextUrlBackToTheMock() {
    try (VendorClient c = client(Vendor.ROOT, VendorMock.API_KEY)) {
      Page<RootModel> first =
          c.unwrap(RootClient.class).models().list(RootModelListParams.builder().pageSize(1).build());
      assertThat(first.items()).hasSize(1);
      assertThat(first.hasNextPage()).isTrue();
      List<String> all = new ArrayList<>();
      first.autoPager().forEach(m -> all.add(m.id()));
      assertThat(all).isEqualTo(LISTED.get(Vendor.ROOT));
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {3, 4, 10, 50, 100})
  void aPageSizeAboveTheListGivesTheWholeListInOnePage(int size) {
    try (VendorClient scale = client(Vendor.SCALE, VendorMock.API_KEY);
        VendorClient root = client(Vendor.ROOT, VendorMock.API_KEY)) {
      Page<ScaleModel> scalePage =
          scale.unwrap(ScaleClient.class).models().list(ScaleModelListParams.builder().limit(size).build());
      assertThat(ids(scalePage.items())).isEqualTo(LISTED.get(Vendor.SCALE));
      assertThat(scalePage.hasNextPage()).isFalse();
      Page<RootModel> rootPage =
          root.unwrap(RootClient.class).models().list(RootModelListParams.builder().pageSize(size).build());
      assertThat(ids(rootPage.items())).isEqualTo(LISTED.get(Vendor.ROOT));
      assertThat(rootPage.hasNextPage()).isFalse();
    }
  }
}
