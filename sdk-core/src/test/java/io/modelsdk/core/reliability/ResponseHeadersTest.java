package io.modelsdk.core.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.modelsdk.core.RawResponse;
import io.modelsdk.core.fake.FakeClient;
import io.modelsdk.core.fake.FakeModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Response headers as the caller reads them: names lower-cased, repeated headers' values in order. */
class ResponseHeadersTest {
  @RegisterExtension
  static final WireMockExtension SERVER = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @Test
  void repeatedHeadersKeepEveryValueInOrderAndNamesAreLowerCased() {
    SERVER.stubFor(get(urlPathEqualTo("/models/m1")).willReturn(Wire.json(200, Wire.model("m1"))
        .withHeader("X-Request-Id", "req_1")
        .withHeader("X-Multi", "a", "b")));
    try (FakeClient client = Wire.client(SERVER.baseUrl()).build()) {
      RawResponse<FakeModel> raw = client.models().withRawResponse().retrieve("m1");
      assertThat(raw.headers().allValues("x-multi")).containsExactly("a", "b");
      assertThat(raw.headers().allValues("X-MULTI")).containsExactly("a", "b");
      assertThat(raw.headers().map()).containsKeys("x-request-id", "x-multi", "content-type");
      assertThat(raw.requestId()).contains("req_1");
    }
  }

}
