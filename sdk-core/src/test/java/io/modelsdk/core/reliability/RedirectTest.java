package io.modelsdk.core.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.modelsdk.core.reliability.Wire.KEY;
import static io.modelsdk.core.reliability.Wire.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.modelsdk.core.Models;
import io.modelsdk.core.errors.ApiException;
import io.modelsdk.core.fake.FakeClient;
import io.modelsdk.core.fake.FakeModel;
import io.modelsdk.core.spi.ErrorDecoders;
import io.modelsdk.core.spi.VendorProfile;
import io.modelsdk.core.internal.ClientRuntime;
import io.modelsdk.core.testing.RecordingSleeper;
import java.util.Collections;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * F3: redirects are not followed by default (the 3xx arrives as an {@link ApiException}); when they are
 * followed, credentials go only to the base URL's origin, so a second server on another port receives
 * none, whatever header carries them; a redirect from https to http is never followed.
 */
class RedirectTest {
  @RegisterExtension
  static final WireMockExtension SERVER = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @RegisterExtension
  static final WireMockExtension TLS = WireMockExtension.newInstance()
      .options(wireMockConfig().httpDisabled(true).dynamicHttpsPort()).build();

  @RegisterExtension
  static final WireMockExtension OTHER = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static void redirectTo(String location) {
    SERVER.stubFor(get(urlPathEqualTo("/models/m")).willReturn(
        aResponse().withStatus(302).withHeader("Location", location)));
    OTHER.stubFor(get(urlPathEqualTo("/models/m")).willReturn(json(200, Wire.model("m"))));
  }

  private static LoggedRequest only(WireMockExtension server) {
    assertThat(server.getAllServeEvents()).hasSize(1);
    return server.getAllServeEvents().get(0).getRequest();
  }

  @ParameterizedTest
  @ValueSource(ints = {301, 302, 303, 307, 308})
  void redirectsAreNotFollowedByDefault(int status) {
    SERVER.stubFor(get(urlPathEqualTo("/models/m")).willReturn(
        aResponse().withStatus(status).withHeader("Location", OTHER.baseUrl() + "/models/m")));
    OTHER.stubFor(get(urlPathEqualTo("/models/m")).willReturn(json(200, Wire.model("m"))));

    try (FakeClient client = Wire.client(SERVER.baseUrl()).build()) {
      assertThatThrownBy(() -> client.models().retrieve("m"))
          .isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.statusCode()).isEqualTo(status);
            assertThat(e.attempts()).isEqualTo(1);
            assertThat(e.headers().firstValue("Location")).hasValue(OTHER.baseUrl() + "/models/m");
          });
    }
    assertThat(OTHER.getAllServeEvents()).isEmpty();
  }

  @Test
  void aFollowedRedirectToAnotherPortCarriesNoAuthorization() {
    redirectTo(OTHER.baseUrl() + "/models/m");

    try (FakeClient client = Wire.client(SERVER.baseUrl()).followRedirects(true).build()) {
      assertThat(client.models().retrieve("m").id()).isEqualTo("m");
    }

    assertThat(only(SERVER).getHeader("Authorization")).isEqualTo("Bearer " + KEY);
    assertThat(only(OTHER).containsHeader("Authorization")).isFalse();
  }

  @Test
  void aFollowedRedirectToTheSameOriginKeepsTheCredentials() {
    SERVER.stubFor(get(urlPathEqualTo("/models/m")).willReturn(
        aResponse().withStatus(307).withHeader("Location", "/v2/models/m")));
    SERVER.stubFor(get(urlPathEqualTo("/v2/models/m")).willReturn(json(200, Wire.model("m"))));

    try (FakeClient client = Wire.client(SERVER.baseUrl()).followRedirects(true).build()) {
      assertThat(client.models().retrieve("m").id()).isEqualTo("m");
    }

    assertThat(SERVER.getAllServeEvents()).hasSize(2)
        .allSatisfy(e -> assertThat(e.getRequest().getHeader("Authorization")).isEqualTo("Bearer " + KEY));
  }

  @Test
  void aFollowedRedirectCarriesNoCustomCredentialHeaderEither() {
    VendorProfile apiKeyHeader = VendorProfile.of("keyed", "https://keyed.test",
        key -> Collections.singletonMap("x-api-key", key), null, ErrorDecoders.errorObject());
    redirectTo(OTHER.baseUrl() + "/models/m");

    try (ClientRuntime runtime = ClientRuntime.create(apiKeyHeader, new OptionsBuilder().apiKey(KEY)
        .baseUrl(SERVER.baseUrl()).followRedirects(true).sleeper(new RecordingSleeper()).options())) {
      Models<FakeModel, Map<String, Object>> models = FakeClient.models(runtime, FakeClient.MODELS);
      assertThat(models.retrieve("m").id()).isEqualTo("m");
    }

    assertThat(only(SERVER).getHeader("x-api-key")).isEqualTo(KEY);
    assertThat(only(OTHER).containsHeader("x-api-key")).isFalse();
  }

  @Test
  void httpsToHttpIsNeverFollowed() {
    TLS.stubFor(get(urlPathEqualTo("/models/m")).willReturn(
        aResponse().withStatus(302).withHeader("Location", OTHER.baseUrl() + "/models/m")));
    OTHER.stubFor(get(urlPathEqualTo("/models/m")).willReturn(json(200, Wire.model("m"))));
    String https = TLS.getRuntimeInfo().getHttpsBaseUrl();
    assertThat(https).startsWith("https://");

    try (FakeClient client = Wire.client(https).httpClient(Wire.trustingAnyCertificate()).followRedirects(true)
        .build()) {
      assertThatThrownBy(() -> client.models().retrieve("m"))
          .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.statusCode()).isEqualTo(302));
    }

    assertThat(only(TLS).getHeader("Authorization")).isEqualTo("Bearer " + KEY);
    assertThat(OTHER.getAllServeEvents()).isEmpty();
  }
}
