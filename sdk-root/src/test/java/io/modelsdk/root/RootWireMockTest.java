package io.modelsdk.root;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.modelsdk.core.testing.RecordingSleeper;
import io.modelsdk.core.testing.VendorWireMockTest;
import java.util.Collections;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * What the module's WireMock tests share beyond {@link VendorWireMockTest}: the client's builder (with the
 * canary key and the {@link RecordingSleeper}), and the values of the fixtures in
 * {@code src/test/resources/root/}.
 */
public abstract class RootWireMockTest extends VendorWireMockTest<RootClient> {
  /** A key that must never leak; tests look for it in messages. */
  static final String KEY = "rs-test-canary-8d2f4b6a1c";

  /** A builder pointed at the mock, with the canary key and the recording sleeper. */
  RootClient.Builder builder() {
    return RootClient.builder().apiKey(KEY).baseUrl(SERVER.baseUrl()).sleeper(sleeper);
  }

  @Override
  protected String openApiSpec() {
    return RootFixture.SPEC;
  }

  @Override
  protected RootClient newClient() {
    return builder().build();
  }

  static ResponseDefinitionBuilder fixture(String name) {
    return json(200, RootFixture.resource(name));
  }

  /** The requests the mock received, oldest first. */
  static List<LoggedRequest> requests() {
    List<LoggedRequest> all = SERVER.getAllServeEvents().stream().map(e -> e.getRequest())
        .collect(Collectors.toList());
    Collections.reverse(all);
    return all;
  }

  /** The two models of {@code list.json}, in order. */
  public static void assertDocumentedList(List<RootModel> models) {
    assertThat(models).extracting(RootModel::id).containsExactly(RootFixture.LIST_ID_0, RootFixture.LIST_ID_1);
    assertThat(models).extracting(RootModel::name).containsExactly("gpt-4o", "my-custom-gpt");
    assertThat(models).extracting(m -> m.ownedBy().orElse(null))
        .containsExactly("system@rootsignals.ai", "jane@example.com");
    assertThat(models).extracting(m -> m.visibility().orElse(null)).containsExactly("PUBLIC", "PRIVATE");
    RootModelProvider openai = models.get(0).provider().orElseThrow();
    assertThat(openai.id()).hasValue("openai");
    assertThat(openai.name()).hasValue("OpenAI");
    assertThat(openai.gdprCompliant()).hasValue(true);
    assertThat(openai.logoDark()).hasValue("https://app.rootsignals.ai/logos/openai-dark.svg");
    assertThat(models.get(1).provider()).isEmpty();
    assertThat(models.get(1).owner().orElseThrow().fullName()).hasValue("Jane Doe");
    assertThat(models).allSatisfy(m -> {
      assertThat(m.vendor()).isEqualTo("rootsignals");
      assertThat(m.createdAt()).isEmpty();
      assertThat(m.additionalProperties()).isEmpty();
    });
  }

  /** The model of {@code retrieve.json}. */
  static void assertDocumentedModel(RootModel m) {
    assertThat(m.id()).isEqualTo(RootFixture.MODEL_ID);
    assertThat(m.name()).isEqualTo("my-custom-gpt");
    assertThat(m.model()).hasValue("gpt-4-turbo");
    assertThat(m.maxOutputTokenCount()).isEqualTo(OptionalInt.of(4096));
    assertThat(m.maxTokenCount()).isEqualTo(OptionalInt.of(128000));
    assertThat(m.url()).isEmpty();
    assertThat(m.owner()).isEmpty();
    assertThat(m.ownedBy()).isEmpty();
    assertThat(m.vendor()).isEqualTo("rootsignals");
    assertThat(m.additionalProperties()).isEmpty();
  }
}
