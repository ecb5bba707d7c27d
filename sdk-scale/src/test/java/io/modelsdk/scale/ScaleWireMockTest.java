package io.modelsdk.scale;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.modelsdk.core.testing.RecordingSleeper;
import io.modelsdk.core.testing.VendorWireMockTest;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the module's WireMock tests share beyond {@link VendorWireMockTest}: the client's builder (with the
 * canary key and the {@link RecordingSleeper}), and the values of the fixtures in
 * {@code src/test/resources/scale/}.
 */
public abstract class ScaleWireMockTest extends VendorWireMockTest<ScaleClient> {
  /** A key that must never leak; tests look for it in messages. */
  static final String KEY = "sgp-test-canary-7d3e9b2a41";

  static final String RETRIEVE_ID = ScaleFixture.RETRIEVE_ID;
  static final String CREATED_ID = ScaleFixture.CREATED_ID;

  /** A builder pointed at the mock, with the canary key and the recording sleeper. */
  ScaleClient.Builder builder() {
    return ScaleClient.builder().apiKey(KEY).baseUrl(SERVER.baseUrl()).sleeper(sleeper);
  }

  @Override
  protected String openApiSpec() {
    return ScaleFixture.SPEC;
  }

  @Override
  protected ScaleClient newClient() {
    return builder().build();
  }

  static ResponseDefinitionBuilder fixture(String name) {
    return json(200, ScaleFixture.resource(name));
  }

  /** The requests the server received, oldest first. */
  static List<LoggedRequest> requests() {
    List<LoggedRequest> all = SERVER.getAllServeEvents().stream().map(e -> e.getRequest())
        .collect(Collectors.toList());
    Collections.reverse(all); // WireMock lists the newest first
    return all;
  }

  /** The three models of {@code list.json}, in order. */
  public static void assertDocumentedList(List<ScaleModel> models) {
    assertThat(models).extracting(ScaleModel::id).containsExactlyElementsOf(ScaleFixture.LIST_IDS);
    assertThat(models).extracting(ScaleModel::name).containsExactly("support-bot", "doc-embedder", "reranker");
    assertThat(models).extracting(ScaleModel::modelType)
        .containsExactly(ScaleModelType.CHAT_COMPLETION, ScaleModelType.EMBEDDING, ScaleModelType.RERANKING);
    assertThat(models).extracting(m -> m.modelVendor().orElse(null))
        .containsExactly(ScaleModelVendor.OPENAI, ScaleModelVendor.LLMENGINE, ScaleModelVendor.COHERE);
    assertThat(models).extracting(m -> m.ownedBy().orElse(null)).containsExactly("acc_5f2c", "acc_5f2c", "acc_9d0a");
    assertThat(models).extracting(m -> m.createdAt().orElse(null)).containsExactly(
        Instant.parse("2024-05-14T09:21:07.512Z"), Instant.parse("2024-06-02T16:45:00Z"),
        Instant.parse("2024-07-20T06:00:00Z"));
    assertThat(models).extracting(m -> m.deploymentCount().getAsInt()).containsExactly(1, 0, 2);
    assertThat(models).extracting(m -> m.createdByIdentityType().orElse(null))
        .containsExactly(ScaleIdentityType.USER, ScaleIdentityType.USER, ScaleIdentityType.SERVICE_ACCOUNT);
    assertThat(models.get(0).baseModelMetadata().flatMap(ScaleBaseModelMetadata::modelDetails)
        .map(d -> d.tokenContextWindow().getAsLong())).hasValue(128_000L);
    assertThat(models).allSatisfy(m -> {
      assertThat(m.vendor()).isEqualTo("scale");
      assertThat(m.deployments()).isEmpty();
      assertThat(m.modelGroup()).isEmpty();
      assertThat(m.additionalProperties()).isEmpty();
    });
  }

  /** The model of {@code retrieve.json}, with both views. */
  static void assertDocumentedModel(ScaleModel m) {
    assertThat(m.id()).isEqualTo(RETRIEVE_ID);
    assertThat(m.name()).isEqualTo("support-bot");
    assertThat(m.vendor()).isEqualTo("scale");
    assertThat(m.modelType()).isEqualTo(ScaleModelType.CHAT_COMPLETION);
    assertThat(m.accountId()).hasValue("acc_5f2c");
    assertThat(m.createdAt()).hasValue(Instant.parse("2024-05-14T09:21:07.512Z"));
    assertThat(m.createdAtText()).hasValue("2024-05-14T09:21:07.512000Z");
    assertThat(m.createdByUserId()).hasValue("user_7a1d");
    assertThat(m.createdByIdentityType()).hasValue(ScaleIdentityType.USER);
    assertThat(m.supportsMultiTurn()).hasValue(true);
    assertThat(m.requestSchema()).hasValueSatisfying(s -> assertThat(s).containsEntry("type", "object"));
    assertThat(m.modelCreationParameters()).hasValue(Map.of("temperature", 0.2));
    assertThat(m.modelCard()).isEmpty();
    assertThat(m.modelVendor()).hasValue(ScaleModelVendor.OPENAI);
    assertThat(m.modelGroupId()).hasValue("mg_3b9e");
    ScaleBaseModelMetadata meta = m.baseModelMetadata().orElseThrow();
    assertThat(meta.uiModelSectionType()).hasValue(ScaleUiModelSectionType.PARTNER);
    assertThat(meta.modelDeveloper()).hasValue("OpenAI");
    ScaleBaseModelDetails details = meta.modelDetails().orElseThrow();
    assertThat(details.numberOfParameters()).hasValue(200_000_000_000L);
    assertThat(details.tokenContextWindow()).hasValue(128_000L);
    assertThat(m.deployments()).hasValueSatisfying(ds -> assertThat(ds).singleElement().satisfies(d -> {
      assertThat(d.id()).hasValue("md_9c4f");
      assertThat(d.name()).hasValue("support-bot-prod");
      assertThat(d.status()).hasValue("READY");
      assertThat(d.createdByIdentityType()).hasValue(ScaleIdentityType.SERVICE_ACCOUNT);
      assertThat(d.createdAt()).hasValue(Instant.parse("2024-05-14T09:25:00Z"));
      assertThat(d.accountId()).hasValue("acc_5f2c");
      assertThat(d.modelInstanceId()).hasValue(RETRIEVE_ID);
      assertThat(d.vendorConfiguration()).hasValueSatisfying(v -> assertThat(v).containsEntry("vendor", "LAUNCH"));
    }));
    assertThat(m.modelGroup()).hasValueSatisfying(g -> {
      assertThat(g.id()).hasValue("mg_3b9e");
      assertThat(g.name()).hasValue("support");
      assertThat(g.createdByIdentityType()).hasValue(ScaleIdentityType.USER);
      assertThat(g.createdAt()).hasValue(Instant.parse("2024-05-01T12:00:00Z"));
      assertThat(g.description()).isEmpty();
    });
    assertThat(m.additionalProperties()).isEmpty();
  }

  /** The model of {@code create.json}. */
  static void assertCreatedModel(ScaleModel m) {
    assertThat(m.id()).isEqualTo(CREATED_ID);
    assertThat(m.name()).isEqualTo("my-model");
    assertThat(m.modelType()).isEqualTo(ScaleModelType.COMPLETION);
    assertThat(m.modelTemplateId()).hasValue("tmpl_42");
    assertThat(m.description()).hasValue("tuned for tickets");
    assertThat(m.createdByIdentityType()).hasValue(ScaleIdentityType.SERVICE_ACCOUNT);
    assertThat(m.baseModelMetadata()).isEmpty();
    assertThat(m.additionalProperties()).isEmpty();
  }

  /** The answer of {@code delete.json}. */
  static void assertDocumentedDeleted(ScaleModelDeleted d) {
    assertThat(d.count()).isEqualTo(1);
    assertThat(d.success()).isTrue();
    assertThat(d.additionalProperties()).isEmpty();
  }
}
