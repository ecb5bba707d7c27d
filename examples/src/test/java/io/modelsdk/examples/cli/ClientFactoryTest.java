package io.modelsdk.examples.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static io.modelsdk.examples.cli.CliRun.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.modelsdk.examples.Vendor;
import io.modelsdk.examples.VendorClient;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Where {@link ClientFactory} sends requests, and with which key and settings. */
class ClientFactoryTest {
  private static WireMockServer server;

  @BeforeAll
  static void startServer() {
    server = new WireMockServer(options().dynamicPort());
    server.start();
  }

  @AfterAll
  static void stopServer() {
    server.stop();
  }

  @BeforeEach
  void reset() {
    server.resetAll();
    server.stubFor(get(urlEqualTo("/v1/models")).willReturn(aResponse()
        .withHeader("Content-Type", "application/json").withBody(fixture("openai-list.json"))));
  }

  @Test
  void readsKeyBaseUrlAndOrganizationFromTheGivenEnvironment() {
    Map<String, String> env = Map.of("OPENAI_API_KEY", " sk-env ", "OPENAI_BASE_URL", server.baseUrl() + "/v1",
        "OPENAI_ORG_ID", "org-42");
    try (VendorClient c = new ClientFactory(Vendor.OPENAI, null, null, null, env::get).open()) {
      assertThat(c.models().list().items()).hasSize(3);
    }
    server.verify(getRequestedFor(urlEqualTo("/v1/models"))
        .withHeader("Authorization", equalTo("Bearer sk-env"))
        .withHeader("OpenAI-Organization", equalTo("org-42")));
  }

  @Test
  void anExplicitEndpointNeedsNoEnvironment() {
    ClientFactory factory = new ClientFactory(Vendor.OPENAI, "https://ignored.example/v1", Duration.ofSeconds(5), 0,
        Map.<String, String>of()::get).connectingTo(server.baseUrl() + "/v1", "mock-key");
    try (VendorClient c = factory.open()) {
      assertThat(c.models().list().items()).hasSize(3);
    }
    server.verify(getRequestedFor(urlEqualTo("/v1/models"))
        .withHeader("Authorization", equalTo("Bearer mock-key")));
  }

  @Test
  void scaleSendsTheAccountOfTheEnvironment() {
    server.stubFor(get(urlPathEqualTo("/v4/models")).willReturn(aResponse()
        .withHeader("Content-Type", "application/json")
        .withBody("{\"items\": [], \"current_page\": 1, \"items_per_page\": 100, \"total_item_count\": 0}")));
    Map<String, String> env = Map.of("SGP_API_KEY", "sgp-key", "SGP_ACCOUNT_ID", "acc_9");
    try (VendorClient c = new ClientFactory(Vendor.SCALE, server.baseUrl(), null, null, env::get).open()) {
      c.models().list();
    }
    server.verify(getRequestedFor(urlPathEqualTo("/v4/models"))
        .withHeader("x-api-key", equalTo("sgp-key"))
        .withHeader("x-selected-account-id", equalTo("acc_9")));
  }

  @Test
  void aMissingKeyNamesTheVendorsVariable() {
    assertThatThrownBy(() -> new ClientFactory(Vendor.ROOT, server.baseUrl(), null, null,
        Map.of("ROOTSIGNALS_API_KEY", "  ")::get).open())
        .isInstanceOf(CliException.class)
        .hasMessageStartingWith("ROOTSIGNALS_API_KEY is not set")
        .satisfies(e -> assertThat(((CliException) e).exitCode()).isEqualTo(CliException.FAILURE));
  }
}
