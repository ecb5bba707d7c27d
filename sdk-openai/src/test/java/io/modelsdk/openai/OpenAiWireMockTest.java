package io.modelsdk.openai;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.modelsdk.core.testing.RecordingSleeper;
import io.modelsdk.core.testing.VendorWireMockTest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/**
 * What the module's WireMock tests share beyond {@link VendorWireMockTest}: the client's builder (with the
 * canary key and the {@link RecordingSleeper}), and the values of the documented fixtures in
 * {@code src/test/resources/openai/}.
 */
public abstract class OpenAiWireMockTest extends VendorWireMockTest<OpenAiClient> {
  /** A key that must never leak; tests look for it in messages. */
  static final String KEY = "sk-test-canary-5f1e9a7c3b";

  static final String RETRIEVE_ID = "VAR_chat_model_id";
  static final String DELETE_ID = "ft:gpt-4o-mini:acemeco:suffix:abc123";
  static final long CREATED = 1686935002L;
  static final LocalDate SHUTDOWN = LocalDate.of(2026, 10, 23);

  /** A builder pointed at the mock, with the canary key and the recording sleeper. */
  OpenAiClient.Builder builder() {
    return OpenAiClient.builder().apiKey(KEY).baseUrl(SERVER.baseUrl() + "/v1").sleeper(sleeper);
  }

  @Override
  protected String openApiSpec() {
    return OpenAiFixture.SPEC;
  }

  @Override
  protected OpenAiClient newClient() {
    return builder().build();
  }

  static ResponseDefinitionBuilder fixture(String name) {
    return json(200, OpenAiFixture.resource(name));
  }

  static List<LoggedRequest> requests() {
    return SERVER.getAllServeEvents().stream().map(e -> e.getRequest()).collect(Collectors.toList());
  }

  /** The three models of {@code list.json}, in order. */
  public static void assertDocumentedList(List<OpenAiModel> models) {
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
  static void assertDocumentedDeleted(OpenAiModelDeleted d) {
    assertThat(d.id()).isEqualTo(DELETE_ID);
    assertThat(d.object()).isEqualTo("model");
    assertThat(d.deleted()).isTrue();
    assertThat(d.additionalProperties()).isEmpty();
  }
}
