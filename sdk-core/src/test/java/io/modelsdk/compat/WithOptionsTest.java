package io.modelsdk.compat;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** withOptions(...) derives a client with other settings that shares the original's connections. */
class WithOptionsTest {
  @RegisterExtension
  static final WireMockExtension SERVER = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @BeforeEach
  void stub() {
    SERVER.stubFor(get(urlPathEqualTo("/v1/models")).willReturn(aResponse().withHeader("Content-Type", "application/json")
        .withBody("{\"object\":\"list\",\"data\":[{\"id\":\"m\"}]}")));
  }

  private CompatClient original() {
    return CompatClient.builder().apiKey("first-key").baseUrl(SERVER.baseUrl() + "/v1").header("X-Team", "a").build();
  }

  @Test
  void theDerivedClientSendsItsOwnSettingsAndTheOriginalKeepsItsOwn() {
    try (CompatClient original = original();
        CompatClient derived = original.withOptions(b -> b.apiKey("second-key").header("X-Extra", "1"))) {
      derived.models().list();
      original.models().list();
      List<LoggedRequest> requests = SERVER.findAll(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
          urlPathEqualTo("/v1/models")));
      assertThat(requests).hasSize(2);
      assertThat(requests.get(0).getHeader("Authorization")).isEqualTo("Bearer second-key");
      assertThat(requests.get(0).getHeader("X-Extra")).isEqualTo("1");
      assertThat(requests.get(0).getHeader("X-Team")).as("the original's headers carry over").isEqualTo("a");
      assertThat(requests.get(1).getHeader("Authorization")).isEqualTo("Bearer first-key");
      assertThat(requests.get(1).containsHeader("X-Extra")).isFalse();
    }
  }

  @Test
  void closingTheDerivedClientLeavesTheOriginalWorking() {
    try (CompatClient original = original()) {
      original.withOptions(b -> b.maxRetries(0)).close();
      assertThat(original.models().list().items()).hasSize(1);
      assertThat(original.asyncModels().list().join().items()).hasSize(1);
    }
  }

  @Test
  void aChangedBaseUrlIsCheckedAgain() {
    try (CompatClient original = original()) {
      assertThatThrownBy(() -> original.withOptions(b -> b.baseUrl("http://models.example.com/v1")))
          .isInstanceOf(IllegalStateException.class).hasMessageContaining("plain http");
    }
  }
}
