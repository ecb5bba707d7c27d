package io.modelsdk.scale;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modelsdk.core.RawResponse;
import io.modelsdk.core.errors.InternalServerException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Create is a POST: retried only where the server cannot have acted on it. A 500 may have created the
 * model, so it is sent once; a 429 with {@code Retry-After} was refused before any work, so it is retried.
 */
class ScaleCreateRetryTest extends ScaleWireMockTest {
  @Test
  void createAnswered500IsSentOnce() {
    SERVER.stubFor(any(anyUrl()).willReturn(json(500, ScaleFixture.detail("Internal Server Error"))));
    assertThatThrownBy(() -> client().models().create(ScaleFixture.CREATE))
        .isInstanceOfSatisfying(InternalServerException.class, e -> assertThat(e.attempts()).isEqualTo(1));
    assertThat(requests()).hasSize(1);
    assertThat(sleeper.sleeps()).isEmpty();
  }

  @Test
  void updateAnswered500IsSentOnceToo() {
    SERVER.stubFor(any(anyUrl()).willReturn(json(500, ScaleFixture.detail("Internal Server Error"))));
    assertThatThrownBy(() -> client().models().update("mi_1", ScaleFixture.UPDATE))
        .isInstanceOf(InternalServerException.class);
    assertThat(requests()).hasSize(1);
  }

  @Test
  void createAnswered429WithRetryAfterIsRetried() {
    SERVER.stubFor(any(anyUrl()).inScenario("create").whenScenarioStateIs(STARTED).willSetStateTo("ready")
        .willReturn(json(429, ScaleFixture.detail("Too many requests")).withHeader("Retry-After", "2")));
    SERVER.stubFor(any(anyUrl()).inScenario("create").whenScenarioStateIs("ready")
        .willReturn(fixture("create.json")));
    RawResponse<ScaleModel> raw = client().models().withRawResponse().create(ScaleFixture.CREATE);
    assertCreatedModel(raw.parse());
    assertThat(raw.retries()).isEqualTo(1);
    assertThat(requests()).extracting(r -> r.getMethod().value()).containsExactly("POST", "POST");
    assertThat(requests()).extracting(r -> r.getBodyAsString()).allSatisfy(
        b -> assertThat(b).contains("\"name\":\"my-model\""));
    assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(2));
  }

  @Test
  void deleteAnswered500IsRetriedSinceItIsIdempotent() {
    SERVER.stubFor(any(anyUrl()).willReturn(json(500, ScaleFixture.detail("Internal Server Error"))));
    assertThatThrownBy(() -> client().models().delete("mi_1")).isInstanceOf(InternalServerException.class);
    assertThat(requests()).hasSize(3);
    assertThat(sleeper.sleeps()).hasSize(2);
  }
}
