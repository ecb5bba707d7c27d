package io.modelsdk.choreo;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.modelsdk.core.testing.RecordingSleeper;
import io.modelsdk.core.testing.VendorWireMockTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/**
 * What the module's WireMock tests share beyond {@link VendorWireMockTest}: the client's builder (with the
 * canary key and the {@link RecordingSleeper}), and the values of the documented fixtures in
 * {@code src/test/resources/choreo/}.
 */
public abstract class ChoreoWireMockTest extends VendorWireMockTest<ChoreoClient> {
  /** A key that must never leak; tests look for it in messages. */
  static final String KEY = "choreo-test-canary-7d2c91e4";

  static final String RETRIEVE_ID = "gpt-4";
  static final long GPT4_CREATED = 1687882400L;
  static final long OPUS_CREATED = 1709251200L;

  /** A builder pointed at the mock (the gateway's root, no {@code /v1}), with the canary key. */
  ChoreoClient.Builder builder() {
    return ChoreoClient.builder().apiKey(KEY).baseUrl(SERVER.baseUrl()).sleeper(sleeper);
  }

  @Override
  protected String openApiSpec() {
    return ChoreoFixture.SPEC;
  }

  @Override
  protected ChoreoClient newClient() {
    return builder().build();
  }

  static ResponseDefinitionBuilder fixture(String name) {
    return json(200, ChoreoFixture.resource(name));
  }

  static ResponseDefinitionBuilder fixture(int status, String name) {
    return json(status, ChoreoFixture.resource(name));
  }

  static List<LoggedRequest> requests() {
    return SERVER.getAllServeEvents().stream().map(e -> e.getRequest()).collect(Collectors.toList());
  }

  /** The requests in the order they were sent, as {@code METHOD url}. */
  static List<String> requestLines() {
    List<LoggedRequest> all = requests();
    java.util.Collections.reverse(all); // WireMock keeps the newest first
    return all.stream().map(r -> r.getMethod().value() + " " + r.getUrl()).collect(Collectors.toList());
  }

  /** The two models of {@code list.json}, in order, every field. */
  public static void assertDocumentedList(List<ChoreoModel> models) {
    assertThat(models).extracting(ChoreoModel::id).containsExactly("gpt-4", "claude-3-opus-20240229");
    assertThat(models).extracting(ChoreoModel::created)
        .containsExactly(OptionalLong.of(GPT4_CREATED), OptionalLong.of(OPUS_CREATED));
    assertThat(models).extracting(m -> m.ownedBy().orElse(null)).containsExactly("openai", "anthropic");
    assertThat(models).extracting(m -> m.root().orElse(null)).containsExactly("gpt-4", "claude-3-opus-20240229");
    assertThat(models).allSatisfy(m -> {
      assertThat(m.object()).isEqualTo("model");
      assertThat(m.permission()).hasValue(List.of());
      assertThat(m.parent()).isEmpty();
      assertThat(m.vendor()).isEqualTo("choreoai");
      assertThat(m.additionalProperties()).isEmpty();
    });
  }

  /** The model of {@code retrieve.json}, which is also the first item of {@code list.json}. */
  static void assertDocumentedModel(ChoreoModel m) {
    assertThat(m.id()).isEqualTo(RETRIEVE_ID);
    assertThat(m.object()).isEqualTo("model");
    assertThat(m.created()).hasValue(GPT4_CREATED);
    assertThat(m.createdAt()).hasValue(Instant.ofEpochSecond(GPT4_CREATED));
    assertThat(m.ownedBy()).hasValue("openai");
    assertThat(m.permission()).hasValue(List.of());
    assertThat(m.root()).hasValue("gpt-4");
    assertThat(m.parent()).isEmpty();
    assertThat(m.vendor()).isEqualTo("choreoai");
    assertThat(m.additionalProperties()).isEqualTo(Map.of());
  }
}
