package io.modelsdk.root;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.modelsdk.core.StreamingListResponse;
import io.modelsdk.core.StreamingResponse;
import io.modelsdk.core.testing.ModelsContractTest.Mode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What the contract's mode matrix leaves to Root Signals. The matrix runs every call in every calling mode
 * and checks each answer equals what the sync raw call parsed (equal models, equal page items); here that
 * parse holds every documented field of the payloads, a 204 delete answers null, a failed verification is an
 * answer, typed pages have no next page, streamed lists iterate the documented models item by item, and a streamed retrieve's body is the
 * document byte for byte.
 */
class RootDocumentedAnswersTest extends RootWireMockTest {
  private static final String ONE = "/v1/models/" + RootFixture.MODEL_ID + "/";

  @BeforeEach
  void stubDocumentedAnswers() {
    SERVER.stubFor(get(urlPathEqualTo("/v1/models/")).willReturn(fixture("list.json")));
    SERVER.stubFor(get(urlPathEqualTo(ONE)).willReturn(fixture("retrieve.json")));
    SERVER.stubFor(delete(urlPathEqualTo(ONE)).willReturn(aResponse().withStatus(204)));
    SERVER.stubFor(post(urlPathEqualTo("/v1/models/")).willReturn(json(201, RootFixture.resource("created.json"))));
    SERVER.stubFor(patch(urlPathEqualTo(ONE)).willReturn(fixture("updated.json")));
    SERVER.stubFor(post(urlPathEqualTo("/v1/models/verify/")).willReturn(fixture("verified.json")));
  }

  @Test
  void listParsesTheDocumentedModels() {
    assertDocumentedList(client().models().withRawResponse().list().parse().items());
    assertDocumentedList(client().models().withRawResponse().list(RootFixture.CHAT).parse().items());
  }

  @Test
  void retrieveParsesTheDocumentedModel() {
    assertDocumentedModel(client().models().withRawResponse().retrieve(RootFixture.MODEL_ID).parse());
  }

  @Test
  void deleteAnswersNullForThe204() {
    assertThat(client().models().delete(RootFixture.MODEL_ID)).isNull();
    assertThat(client().models().withRawResponse().delete(RootFixture.MODEL_ID).parse()).isNull();
  }

  /** The typed create answers the new id; raw and streaming parse this whole model (the contract checks both). */
  @Test
  void createParsesTheWholeCreatedModel() {
    RootModel m = client().models().withRawResponse().create(RootFixture.CREATE).parse();
    assertThat(m.id()).isEqualTo(RootFixture.MODEL_ID);
    assertThat(m.name()).isEqualTo("my-custom-gpt");
    assertThat(m.model()).hasValue("gpt-4-turbo");
    assertThat(m.maxOutputTokenCount()).isEqualTo(OptionalInt.of(800));
    assertThat(m.maxTokenCount()).isEmpty();
    assertThat(m.vendor()).isEqualTo("rootsignals");
  }

  @Test
  void updateAnswersTheChangedModel() {
    RootModel m = client().models().update(RootFixture.MODEL_ID, RootFixture.UPDATE);
    assertThat(m.id()).isEqualTo(RootFixture.MODEL_ID);
    assertThat(m.maxOutputTokenCount()).isEqualTo(OptionalInt.of(4096));
    assertThat(m.maxTokenCount()).isEmpty();
    assertThat(m.additionalProperties()).isEmpty();
  }

  @Test
  void verifyParsesTheDocumentedVerification() {
    RootModelVerification v = client().models().withRawResponse().verify(RootFixture.VERIFY).parse();
    assertThat(v.success()).isTrue();
    assertThat(v.model()).isEqualTo("gpt-4-turbo");
    assertThat(v.response()).hasValue("Hello! How can I help you today?");
    assertThat(v.error()).isEmpty();
    assertThat(v.usage().orElseThrow()).containsEntry("prompt_tokens", 12).containsEntry("total_tokens", 21);
    assertThat(v.additionalProperties()).isEmpty();
  }

  /** A model that fails the test prompt is a 200 like any other: the verification says so, nothing throws. */
  @Test
  void aFailedVerificationIsAnAnswerNotAnException() throws Exception {
    SERVER.stubFor(post(urlPathEqualTo("/v1/models/verify/")).willReturn(fixture("verify-failed.json")));
    RootModelVerification v = client().async().models().verify(RootFixture.VERIFY).get(10, TimeUnit.SECONDS);
    assertThat(v.success()).isFalse();
    assertThat(v.error()).hasValue("The model did not answer: 401 Unauthorized");
    assertThat(v.response()).isEmpty();
    assertThat(v.usage()).isEmpty();
  }

  @Test
  void typedListsAreOnePage() throws Exception {
    assertThat(client().models().list().hasNextPage()).isFalse();
    assertThat(client().async().models().list().get(10, TimeUnit.SECONDS).hasNextPage()).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(value = Mode.class, names = {"SYNC_STREAMING", "ASYNC_STREAMING"})
  void streamedListsIterateTheDocumentedModels(Mode mode) throws Exception {
    assertDocumentedList(iterated(mode, null));
    assertDocumentedList(iterated(mode, RootFixture.CHAT));
  }

  /** The contract compares the streamed body with the payload as JSON; here it is the same bytes. */
  @Test
  void syncStreamingRetrieveBodyIsTheUnreadDocument() throws IOException {
    try (StreamingResponse<RootModel> s = client().models().withStreamingResponse().retrieve(RootFixture.MODEL_ID)) {
      assertThat(s.statusCode()).isEqualTo(200);
      assertThat(new String(s.body().readAllBytes(), StandardCharsets.UTF_8))
          .isEqualTo(RootFixture.resource("retrieve.json"));
    }
  }

  /** The items of a streamed {@code list()} (params null) or {@code list(params)}, one by one. */
  private List<RootModel> iterated(Mode mode, RootModelListParams params) throws Exception {
    List<RootModel> items = new ArrayList<>();
    try (StreamingListResponse<RootModel> s = mode == Mode.SYNC_STREAMING
        ? (params == null ? client().models().withStreamingResponse().list()
            : client().models().withStreamingResponse().list(params))
        : (params == null ? client().async().models().withStreamingResponse().list()
            : client().async().models().withStreamingResponse().list(params)).get(10, TimeUnit.SECONDS)) {
      s.forEach(items::add);
    }
    return items;
  }
}
