package io.modelsdk.core.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.modelsdk.core.reliability.Wire.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.modelsdk.core.Models;
import io.modelsdk.core.errors.ApiException;
import io.modelsdk.core.errors.AuthenticationException;
import io.modelsdk.core.errors.BadRequestException;
import io.modelsdk.core.errors.InternalServerException;
import io.modelsdk.core.errors.NotFoundException;
import io.modelsdk.core.fake.FakeClient;
import io.modelsdk.core.fake.FakeModel;
import io.modelsdk.core.spi.VendorProfile;
import io.modelsdk.core.internal.ClientRuntime;
import io.modelsdk.core.testing.RecordingSleeper;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * D4: error bodies in every shape a server or proxy sends (the OpenAI envelope, a string error,
 * FastAPI's detail, plain text, HTML, nothing) give an {@link ApiException} of the right status, with
 * the vendor's message where the envelope has one and the body otherwise. A body that cannot be read
 * never hides the status.
 */
class ErrorBodyMappingTest {
  @RegisterExtension
  static final WireMockExtension SERVER = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private FakeClient client;

  @BeforeEach
  void start() {
    client = Wire.client(SERVER.baseUrl()).maxRetries(0).build();
  }

  @AfterEach
  void stop() {
    client.close();
  }

  private ApiException retrieveFails(int status, String contentType, String body) {
    SERVER.stubFor(get(urlPathEqualTo("/models/m")).willReturn(
        aResponse().withStatus(status).withHeader("Content-Type", contentType).withBody(body)));
    try {
      client.models().retrieve("m");
    } catch (ApiException e) {
      return e;
    }
    throw new AssertionError("expected an ApiException for " + status);
  }

  @Test
  void openAiEnvelopeGivesTheVendorsMessageCodeTypeAndParam() {
    ApiException e = retrieveFails(404, "application/json",
        "{\"error\":{\"message\":\"The model 'm' does not exist\",\"type\":\"invalid_request_error\","
            + "\"param\":\"model\",\"code\":\"model_not_found\"}}");

    assertThat(e).isInstanceOf(NotFoundException.class);
    assertThat(e.statusCode()).isEqualTo(404);
    assertThat(e.vendorMessage()).hasValue("The model 'm' does not exist");
    assertThat(e.vendorType()).hasValue("invalid_request_error");
    assertThat(e.vendorParam()).hasValue("model");
    assertThat(e.vendorCode()).hasValue("model_not_found");
    assertThat(e.getMessage()).contains("404").contains("The model 'm' does not exist")
        .contains("model_not_found");
  }

  @Test
  void stringErrorIsTakenAsTheMessage() {
    ApiException e = retrieveFails(400, "application/json", "{\"error\":\"bad things happened\"}");

    assertThat(e).isInstanceOf(BadRequestException.class);
    assertThat(e.vendorMessage()).hasValue("bad things happened");
    assertThat(e.getMessage()).contains("400").contains("bad things happened");
  }

  @Test
  void fastApiDetailShowsTheBody() {
    ApiException e = retrieveFails(404, "application/json", "{\"detail\":\"Not Found\"}");

    assertThat(e).isInstanceOf(NotFoundException.class);
    assertThat(e.vendorMessage()).isEmpty();
    assertThat(e.body()).isEqualTo("{\"detail\":\"Not Found\"}");
    assertThat(e.getMessage()).contains("404").contains("Not Found");
  }

  @Test
  void plainTextShowsTheBody() {
    ApiException e = retrieveFails(503, "text/plain", "upstream connect error or disconnect/reset before headers");

    assertThat(e).isInstanceOf(InternalServerException.class);
    assertThat(e.statusCode()).isEqualTo(503);
    assertThat(e.vendorMessage()).isEmpty();
    assertThat(e.getMessage()).contains("503").contains("upstream connect error");
  }

  @Test
  void htmlShowsTheStartOfTheBodyOnly() {
    String html = "<html><head><title>502 Bad Gateway</title></head><body>" + "<p>nginx</p>".repeat(2000)
        + "</body></html>";
    ApiException e = retrieveFails(502, "text/html", html);

    assertThat(e).isInstanceOf(InternalServerException.class);
    assertThat(e.statusCode()).isEqualTo(502);
    assertThat(e.getMessage()).contains("502").contains("502 Bad Gateway").hasSizeLessThan(1024);
    assertThat(e.body()).startsWith("<html>").hasSizeLessThanOrEqualTo(8 * 1024);
  }

  @Test
  void emptyBodyStillGivesTheStatus() {
    ApiException e = retrieveFails(401, "application/json", "");

    assertThat(e).isInstanceOf(AuthenticationException.class);
    assertThat(e.statusCode()).isEqualTo(401);
    assertThat(e.body()).isEmpty();
    assertThat(e.getMessage()).contains("401");
  }

  @Test
  void malformedEnvelopesStillGiveTheStatus() {
    String[] bodies = {
        "{\"error\":", "{\"error\":null}", "{\"error\":42}", "{\"error\":[\"a\"]}", "[1,2,3]", "\"just a string\"",
        "{\"error\":{\"message\":{\"nested\":true}}}", "\u0000\u0001\u0002", "{".repeat(100_000)};
    for (String body : bodies) {
      ApiException e = retrieveFails(418, "application/json", body);
      assertThat(e.statusCode()).as("body %.40s", body).isEqualTo(418);
      assertThat(e.getClass()).isEqualTo(ApiException.class);
      assertThat(e.getMessage()).startsWith("acme answered 418");
    }
  }

  @Test
  void aThrowingErrorDecoderNeverHidesTheStatus() {
    VendorProfile broken = VendorProfile.of("broken", "https://broken.test", VendorProfile.bearer(), null,
        response -> {
          throw new IllegalStateException("decoder bug");
        });
    SERVER.stubFor(get(urlPathEqualTo("/models/m")).willReturn(json(404, "{\"error\":{\"message\":\"gone\"}}")));

    try (ClientRuntime runtime = ClientRuntime.create(broken, new OptionsBuilder().apiKey(Wire.KEY)
        .baseUrl(SERVER.baseUrl()).maxRetries(0).sleeper(new RecordingSleeper()).options())) {
      Models<FakeModel, Map<String, Object>> models = FakeClient.models(runtime, FakeClient.MODELS);
      assertThatThrownBy(() -> models.retrieve("m"))
          .isInstanceOfSatisfying(NotFoundException.class, e -> {
            assertThat(e.statusCode()).isEqualTo(404);
            assertThat(e.vendorMessage()).isEmpty();
            assertThat(e.getMessage()).contains("404").contains("gone");
          });
    }
  }

  @Test
  void anErrorBodyPastTheErrorLimitStillGivesTheStatus() {
    ApiException e = retrieveFails(500, "text/plain", "x".repeat(2 * 1024 * 1024));

    assertThat(e).isInstanceOf(InternalServerException.class);
    assertThat(e.statusCode()).isEqualTo(500);
  }
}
