package io.modelsdk.atoma;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.modelsdk.core.testing.RecordingSleeper;
import io.modelsdk.core.testing.VendorWireMockTest;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/**
 * What the module's WireMock tests share beyond {@link VendorWireMockTest}: the client's builder (with the
 * canary key and the {@link RecordingSleeper}), and the values of the fixtures in
 * {@code src/test/resources/atoma/}.
 */
public abstract class AtomaWireMockTest extends VendorWireMockTest<AtomaClient> {
  /** A key that must never leak; tests look for it in messages. */
  static final String KEY = "atoma-test-canary-7d2c41e9b0";

  static final String LIST_PATH = "/v1/models";
  static final String RETRIEVE_ID = "meta-llama/Llama-3.3-70B-Instruct";
  static final long CREATED = 1677652288L;
  static final String OLD_ID = "meta-llama/Llama-3.1-70B-Instruct";
  static final long OLD_CREATED = 1730930595L;

  /** A builder pointed at the mock, with the canary key and the recording sleeper. */
  AtomaClient.Builder builder() {
    return AtomaClient.builder().apiKey(KEY).baseUrl(SERVER.baseUrl()).sleeper(sleeper);
  }

  @Override
  protected String openApiSpec() {
    return AtomaFixture.SPEC;
  }

  @Override
  protected AtomaClient newClient() {
    return builder().build();
  }

  static ResponseDefinitionBuilder fixture(String name) {
    return json(200, AtomaFixture.resource(name));
  }

  /** Serves {@code list.json} on {@code GET /v1/models}. */
  static void stubList() {
    SERVER.stubFor(get(urlPathEqualTo(LIST_PATH)).willReturn(fixture("list.json")));
  }

  static List<LoggedRequest> requests() {
    return SERVER.getAllServeEvents().stream().map(e -> e.getRequest()).collect(Collectors.toList());
  }

  /** The three models of {@code list.json}, in order. */
  public static void assertDocumentedList(List<AtomaModel> models) {
    assertThat(models).extracting(AtomaModel::id).containsExactly(RETRIEVE_ID,
        "intfloat/multilingual-e5-large-instruct", "black-forest-labs/FLUX.1-schnell");
    assertThat(models).extracting(AtomaModel::created).containsOnly(OptionalLong.of(CREATED));
    assertThat(models).extracting(AtomaModel::object).containsOnly("model");
    assertThat(models).allSatisfy(m -> {
      assertThat(m.ownedBy()).hasValue("atoma");
      assertThat(m.vendor()).isEqualTo("atoma");
      assertThat(m.root()).isEmpty();
      assertThat(m.parent()).isEmpty();
      assertThat(m.maxModelLen()).isEmpty();
      assertThat(m.permission()).isEmpty();
      assertThat(m.additionalProperties()).isEmpty();
    });
  }

  /** The first model of {@code list.json}, which retrieve finds. */
  static void assertDocumentedModel(AtomaModel m) {
    assertThat(m.id()).isEqualTo(RETRIEVE_ID);
    assertThat(m.object()).isEqualTo("model");
    assertThat(m.created()).hasValue(CREATED);
    assertThat(m.createdAt()).hasValue(Instant.ofEpochSecond(CREATED));
    assertThat(m.ownedBy()).hasValue("atoma");
    assertThat(m.vendor()).isEqualTo("atoma");
    assertThat(m.permission()).isEmpty();
    assertThat(m.additionalProperties()).isEmpty();
  }

  /** The one model of {@code list-2024-11.json}, with every field of the older payload. */
  public static void assertHistoricalModel(AtomaModel m) {
    assertThat(m.id()).isEqualTo(OLD_ID);
    assertThat(m.object()).isEqualTo("model");
    assertThat(m.created()).hasValue(OLD_CREATED);
    assertThat(m.ownedBy()).hasValue("atoma");
    assertThat(m.root()).hasValue(OLD_ID);
    assertThat(m.parent()).isEmpty();
    assertThat(m.maxModelLen()).hasValue(2048);
    assertThat(m.additionalProperties()).isEmpty();
    assertThat(m.permission()).hasValueSatisfying(perms -> assertThat(perms).singleElement().satisfies(p -> {
      assertThat(p.id()).hasValue("modelperm-" + OLD_ID);
      assertThat(p.object()).hasValue("model_permission");
      assertThat(p.created()).hasValue(OLD_CREATED);
      assertThat(p.allowCreateEngine()).hasValue(false);
      assertThat(p.allowSampling()).hasValue(true);
      assertThat(p.allowLogprobs()).hasValue(true);
      assertThat(p.allowSearchIndices()).hasValue(false);
      assertThat(p.allowView()).hasValue(true);
      assertThat(p.allowFineTuning()).hasValue(false);
      assertThat(p.organization()).hasValue("*");
      assertThat(p.group()).isEmpty();
      assertThat(p.isBlocking()).hasValue(false);
      assertThat(p.additionalProperties()).isEmpty();
    }));
  }
}
