package io.modelsdk.choreo;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modelsdk.core.StreamingListResponse;
import io.modelsdk.core.errors.ResponseParseException;
import java.util.Collections;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A 200 whose body has no {@code data} array, or {@code "data": null}, is a {@link ResponseParseException}
 * naming {@code data} in every mode, filtered or not, as for OpenAI and Atoma: read as an empty list, it would
 * pass for a gateway with no provider configured, and make retrieve answer a false 404. An empty
 * {@code "data": []} is an empty list. Nulls inside the items' nested objects, which the documented list has
 * none of, do not fail the page.
 */
class ChoreoListEnvelopeTest extends ChoreoWireMockTest {
  private static final ChoreoModelListParams OPENAI = ChoreoModelListParams.builder().ownedBy("openai").build();

  private static void answer(String body) {
    SERVER.stubFor(get(urlPathEqualTo("/v1/models")).willReturn(json(200, body)));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"{\"object\":\"list\"}", "{\"object\":\"list\",\"data\":null}"})
  void aListWithoutDataIsAParseFailureInEveryMode(String body) throws Exception {
    answer(body);
    for (ChoreoModelListParams params : new ChoreoModelListParams[] {ChoreoModelListParams.none(), OPENAI}) {
      assertThatThrownBy(() -> client().models().list(params)).as("sync %s", params)
          .isInstanceOfSatisfying(ResponseParseException.class, e -> {
            assertThat(e.getMessage()).contains("data");
            assertThat(e.statusCode()).isEqualTo(200);
          });
      assertThatThrownBy(() -> client().async().models().list(params).get(10, TimeUnit.SECONDS))
          .as("async %s", params).cause().isInstanceOf(ResponseParseException.class).hasMessageContaining("data");
      try (StreamingListResponse<ChoreoModel> s = client().models().withStreamingResponse().list(params)) {
        assertThatThrownBy(() -> s.iterator().hasNext()).as("streaming %s", params)
            .isInstanceOf(ResponseParseException.class).hasMessageContaining("data");
      }
      try (StreamingListResponse<ChoreoModel> s =
          client().async().models().withStreamingResponse().list(params).get(10, TimeUnit.SECONDS)) {
        assertThatThrownBy(() -> s.iterator().hasNext()).as("async streaming %s", params)
            .isInstanceOf(ResponseParseException.class);
      }
    }
    assertThatThrownBy(() -> client().models().list()).isInstanceOf(ResponseParseException.class);
    assertThat(sleeper.sleeps()).as("a parse failure is not retried").isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"{\"object\":\"list\"}", "{\"object\":\"list\",\"data\":null}"})
  void retrieveThatListsABodyWithoutDataIsAParseFailureNotANotFound(String body) {
    answer(body);
    SERVER.stubFor(get(urlPathEqualTo("/v1/models/gpt-4")).willReturn(fixture(404, "error-route-not-found.json")));
    assertThatThrownBy(() -> client().models().retrieve("gpt-4"))
        .isInstanceOfSatisfying(ResponseParseException.class, e -> assertThat(e.getMessage()).contains("data"));
    assertThatThrownBy(() -> client().async().models().retrieve("gpt-4").get(10, TimeUnit.SECONDS))
        .cause().isInstanceOf(ResponseParseException.class);
  }

  @Test
  void anEmptyDataArrayIsAnEmptyListFilteredOrNot() throws Exception {
    answer("{\"object\":\"list\",\"data\":[]}");
    assertThat(client().models().list().items()).isEmpty();
    assertThat(client().models().list(OPENAI).items()).isEmpty();
    assertThat(client().async().models().list(OPENAI).get(10, TimeUnit.SECONDS).items()).isEmpty();
    try (StreamingListResponse<ChoreoModel> s = client().models().withStreamingResponse().list(OPENAI)) {
      assertThat(s.iterator().hasNext()).isFalse();
    }
  }

  @Test
  void aFilterThatKeepsNothingIsAnEmptyList() throws Exception {
    answer(ChoreoFixture.resource("list-anthropic-only.json"));
    assertThat(client().models().list(OPENAI).items()).isEmpty();
    assertThat(client().async().models().list(OPENAI).get(10, TimeUnit.SECONDS).items()).isEmpty();
    try (StreamingListResponse<ChoreoModel> s = client().models().withStreamingResponse().list(OPENAI)) {
      assertThat(s.iterator().hasNext()).isFalse();
    }
  }

  @Test
  void nullsInsideNestedPermissionObjectsKeepThePage() {
    // Provider items pass through verbatim: an OpenAI-style permission object, every value null.
    answer("{\"object\":\"list\",\"data\":[{\"id\":\"gpt-4o\",\"owned_by\":\"openai\",\"permission\":"
        + "[{\"id\":null,\"created\":null,\"allow_sampling\":null,\"group\":null}],\"meta\":{\"tier\":null}}]}");
    ChoreoModel m = client().models().list(OPENAI).items().get(0);
    assertThat(m.id()).isEqualTo("gpt-4o");
    assertThat(m.permission()).hasValueSatisfying(p -> assertThat(p).singleElement()
        .isInstanceOfSatisfying(Map.class, entry -> assertThat(entry).hasSize(4).containsEntry("group", null)));
    assertThat(m.additionalProperties()).containsEntry("meta", Collections.singletonMap("tier", null));
  }
}
