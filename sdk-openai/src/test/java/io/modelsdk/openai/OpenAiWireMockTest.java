package io.modelsdk.openai;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.modelsdk.core.testing.RecordingSleeper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What the module's WireMock tests share: a server, a client with a {@link RecordingSleeper} so that
 * retries never wait, and the values of the documented fixtures in {@code src/test/resources/openai/}.
 */
abstract class OpenAiWireMockTest {
  /** A key that must never leak; tests look for it in messages. */
  static final String KEY = "sk-test-canary-5f1e9a7c3b";

  static final String RETRIEVE_ID = "VAR_chat_model_id";
  static final String DELETE_ID = "ft:gpt-4o-mini:acemeco:suffix:abc123";
  static final long CREATED = 1686935002L;
  static final LocalDate SHUTDOWN = LocalDate.of(2026, 10, 23);

  @RegisterExtension
  static final WireMockExtension SERVER =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  final RecordingSleeper sleeper = new RecordingSleeper();
  private OpenAiClient client;

  /** A builder pointed at the mock, with the canary key and the recording sleeper. */
  OpenAiClient.Builder builder() {
    return OpenAiClient.builder().apiKey(KEY).baseUrl(SERVER.baseUrl() + "/v1").sleeper(sleeper);
  }

  /** The test's client with default settings, built on first use and closed after the test. */
  OpenAiClient client() {
    if (client == null) {
      client = builder().build();
    }
    return client;
  }

  @AfterEach
  void closeClient() {
    if (client != null) {
      client.close();
    }
  }

  static ResponseDefinitionBuilder json(int status, String body) {
    return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
  }

  static ResponseDefinitionBuilder fixture(String name) {
    return json(200, OpenAiFixture.resource(name));
  }

  static List<LoggedRequest> requests() {
    return SERVER.getAllServeEvents().stream().map(e -> e.getRequest()).collect(Collectors.toList());
  }

  static LoggedRequest onlyRequest() {
    List<LoggedRequest> all = requests();
    assertThat(all).hasSize(1);
    return all.get(0);
  }

  /** The three models of {@code list.json}, in order. */
  static void assertDocumentedList(List<OpenAiModel> models) {
    assertThat(models).extracting(OpenAiModel::id).containsExactly("model-id-0", "model-id-1", "model-id-2");
    assertThat(models).extracting(OpenAiModel::created).containsOnly(OptionalLong.of(CREATED));
    assertThat(models).extracting(OpenAiModel::object).containsOnly("model");
    assertThat(models).extracting(m -> m.ownedBy().orElse(null))
        .containsExactly("organization-owner", "organization-owner", "openai");
    assertThat(models).extracting(m -> m.shutdownDate().orElse(null)).containsExactly(null, null, SHUTDOWN);
    assertThat(models).allSatisfy(m -> {
      assertThat(m.vendor()).isEqualTo("openai");
      assertThat(m.additionalProperties()).isEmpty();
    });
  }

  /** The model of {@code retrieve.json}. */
  static void assertDocumentedModel(OpenAiModel m) {
    assertThat(m.id()).isEqualTo(RETRIEVE_ID);
    assertThat(m.object()).isEqualTo("model");
    assertThat(m.created()).hasValue(CREATED);
    assertThat(m.createdAt()).hasValue(Instant.ofEpochSecond(CREATED));
    assertThat(m.ownedBy()).hasValue("openai");
    assertThat(m.shutdownDate()).hasValue(SHUTDOWN);
    assertThat(m.vendor()).isEqualTo("openai");
    assertThat(m.additionalProperties()).isEmpty();
  }

  /** The answer of {@code delete.json}. */
  static void assertDocumentedDeleted(ModelDeleted d) {
    assertThat(d.id()).isEqualTo(DELETE_ID);
    assertThat(d.object()).isEqualTo("model");
    assertThat(d.deleted()).isTrue();
    assertThat(d.additionalProperties()).isEmpty();
  }
}
