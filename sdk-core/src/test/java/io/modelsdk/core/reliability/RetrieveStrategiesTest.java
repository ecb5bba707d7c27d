package io.modelsdk.core.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.modelsdk.core.AsyncModels;
import io.modelsdk.core.Models;
import io.modelsdk.core.Operation;
import io.modelsdk.core.RawResponse;
import io.modelsdk.core.StreamingResponse;
import io.modelsdk.core.errors.NotFoundException;
import io.modelsdk.core.fake.FakeClient;
import io.modelsdk.core.fake.FakeModel;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Retrieve by listing (Atoma) and retrieve falling back to listing on a route-level 404 (ChoreoAI). */
class RetrieveStrategiesTest extends ReliabilityTestBase {
  private static final String PAGE_1 = "{\"data\":[{\"id\":\"a\"},{\"id\":\"b\"}],\"next\":\"c2\"}";
  private static final String PAGE_2 = "{\"data\":[{\"id\":\"meta-llama/Llama-3.1-70B-Instruct\",\"owned_by\":\"atoma\"}],"
      + "\"next\":null}";

  private void stubTwoPages() {
    SERVER.stubFor(get(urlPathEqualTo("/models")).withQueryParam("after", WireMock.absent())
        .willReturn(json(PAGE_1).withHeader("x-request-id", "req_list")));
    SERVER.stubFor(get(urlPathEqualTo("/models")).withQueryParam("after", WireMock.equalTo("c2"))
        .willReturn(json(PAGE_2)));
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
    return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
  }

  private Models<FakeModel, Map<String, Object>> byListing() {
    return client().models(FakeClient.MODELS_BY_LISTING);
  }

  private AsyncModels<FakeModel, Map<String, Object>> byListingAsync() {
    return client().asyncModels(FakeClient.MODELS_BY_LISTING);
  }

  @Test
  void listingRetrieveWalksThePagesToTheId() {
    stubTwoPages();
    Models<FakeModel, Map<String, Object>> models = byListing();
    assertThat(models.operations()).contains(Operation.RETRIEVE, Operation.LIST).doesNotContain(Operation.DELETE);
    FakeModel m = models.retrieve("meta-llama/Llama-3.1-70B-Instruct");
    assertThat(m.ownedBy()).hasValue("atoma");
    SERVER.verify(2, getRequestedFor(urlPathEqualTo("/models")));
  }

  @Test
  void listingRetrieveStopsAtTheFirstPageThatHasTheId() {
    stubTwoPages();
    assertThat(byListing().retrieve("b").id()).isEqualTo("b");
    SERVER.verify(1, getRequestedFor(urlPathEqualTo("/models")));
  }

  @Test
  void rawAndStreamingListingRetrieveCarryTheListsHeaders() throws Exception {
    stubTwoPages();
    Models<FakeModel, Map<String, Object>> models = byListing();
    RawResponse<FakeModel> raw = models.withRawResponse().retrieve("a");
    assertThat(raw.statusCode()).isEqualTo(200);
    assertThat(raw.requestId()).hasValue("req_list");
    assertThat(raw.parse().id()).isEqualTo("a");
    try (StreamingResponse<FakeModel> s = models.withStreamingResponse().retrieve("a")) {
      assertThat(s.headers().firstValue("x-request-id")).hasValue("req_list");
      assertThat(new String(s.body().readAllBytes(), StandardCharsets.UTF_8)).contains("\"id\":\"a\"");
    }
  }

  @Test
  void anAbsentIdIsNotFoundSyncAndAsync() {
    stubTwoPages();
    assertThatThrownBy(() -> byListing().retrieve("nope"))
        .isInstanceOfSatisfying(NotFoundException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(404);
          assertThat(e.vendorCode()).hasValue("model_not_found");
          assertThat(e.getMessage()).contains("acme").contains("nope");
        });
    assertThatThrownBy(() -> byListingAsync().retrieve("nope").join())
        .isInstanceOf(CompletionException.class).hasCauseInstanceOf(NotFoundException.class);
  }

  @Test
  void asyncListingRetrieveFindsTheIdOnALaterPage() throws Exception {
    stubTwoPages();
    FakeModel m = byListingAsync().retrieve("meta-llama/Llama-3.1-70B-Instruct").get(10, TimeUnit.SECONDS);
    assertThat(m.id()).isEqualTo("meta-llama/Llama-3.1-70B-Instruct");
    StreamingResponse<FakeModel> s = byListingAsync().withStreamingResponse().retrieve("a").get(10, TimeUnit.SECONDS);
    assertThat(s.parse().id()).isEqualTo("a");
  }

  @Test
  void blankIdsAreRefusedBeforeListing() {
    assertThatThrownBy(() -> byListing().retrieve(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> byListingAsync().retrieve("..")).isInstanceOf(IllegalArgumentException.class);
    assertThat(requests()).isZero();
  }

  @Test
  void aRouteLevel404FallsBackToListing() throws Exception {
    stubTwoPages();
    SERVER.stubFor(get(urlPathEqualTo("/models/b")).willReturn(aResponse().withStatus(404)
        .withHeader("Content-Type", "application/json").withBody("{\"detail\":\"Not Found\"}")));
    Models<FakeModel, Map<String, Object>> models = client().models(FakeClient.MODELS_WITH_FALLBACK);
    assertThat(models.retrieve("b").id()).isEqualTo("b");
    AsyncModels<FakeModel, Map<String, Object>> async = client().asyncModels(FakeClient.MODELS_WITH_FALLBACK);
    assertThat(async.retrieve("b").get(10, TimeUnit.SECONDS).id()).isEqualTo("b");
    SERVER.verify(2, getRequestedFor(urlPathEqualTo("/models/b")));
  }

  @Test
  void aVendor404ForTheModelIsNotRetriedByListing() {
    SERVER.stubFor(get(urlPathEqualTo("/models/gone")).willReturn(aResponse().withStatus(404)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"error\":{\"message\":\"no such model\",\"code\":\"model_not_found\"}}")));
    Models<FakeModel, Map<String, Object>> models = client().models(FakeClient.MODELS_WITH_FALLBACK);
    assertThatThrownBy(() -> models.retrieve("gone")).isInstanceOfSatisfying(NotFoundException.class,
        e -> assertThat(e.vendorMessage()).hasValue("no such model"));
    SERVER.verify(0, getRequestedFor(urlPathEqualTo("/models")));
  }

  @Test
  void theEndpointsAnswerIsUsedWhenItSucceeds() {
    SERVER.stubFor(retrieveM1().willReturn(ok()));
    Models<FakeModel, Map<String, Object>> models = client().models(FakeClient.MODELS_WITH_FALLBACK);
    assertThat(models.retrieve("m1").id()).isEqualTo("m1");
    SERVER.verify(0, getRequestedFor(urlPathEqualTo("/models")));
  }
}
