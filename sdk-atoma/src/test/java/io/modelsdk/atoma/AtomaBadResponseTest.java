package io.modelsdk.atoma;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modelsdk.core.StreamingListResponse;
import io.modelsdk.core.errors.ResponseParseException;
import java.util.Iterator;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Success responses that are not the documented shape fail with a ResponseParseException that says where. */
class AtomaBadResponseTest extends AtomaWireMockTest {
  private static void answer(String body) {
    SERVER.stubFor(any(anyUrl()).willReturn(json(200, body)));
  }

  @Test
  void htmlInsteadOfJson() {
    SERVER.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "text/html").withBody("<html>proxy login</html>")));
    assertThatThrownBy(() -> client().models().list())
        .isInstanceOfSatisfying(ResponseParseException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(200);
          assertThat(e.contentType()).hasValue("text/html");
        });
    assertThat(requests()).as("a parse failure is not retried").hasSize(1);
  }

  @Test
  void retrieveByListingOfABrokenListIsAParseFailureNotANotFound() throws Exception {
    answer("{\"object\":\"list\"}");
    assertThatThrownBy(() -> client().models().retrieve(RETRIEVE_ID))
        .isInstanceOfSatisfying(ResponseParseException.class,
            e -> assertThat(e.getMessage()).contains("data"));
    assertThatThrownBy(() -> client().async().models().retrieve(RETRIEVE_ID).get(10, TimeUnit.SECONDS))
        .cause().isInstanceOf(ResponseParseException.class);
  }

  @Test
  void listWithoutADataArrayIsAParseFailureInEveryMode() throws Exception {
    for (String body : new String[] {"{\"object\":\"list\"}", "{\"object\":\"list\",\"data\":null}",
        "{\"object\":\"list\",\"models\":[{\"id\":\"a\"}]}"}) {
      answer(body);
      assertThatThrownBy(() -> client().models().list()).as(body)
          .isInstanceOfSatisfying(ResponseParseException.class, e -> assertThat(e.getMessage()).contains("data"));
      assertThatThrownBy(() -> client().async().models().list().get(10, TimeUnit.SECONDS)).as(body)
          .cause().isInstanceOf(ResponseParseException.class);
      try (StreamingListResponse<AtomaModel> s = client().models().withStreamingResponse().list()) {
        assertThatThrownBy(() -> s.iterator().hasNext()).as(body).isInstanceOf(ResponseParseException.class);
      }
    }
  }

  @Test
  void anEmptyDataArrayIsAnEmptyList() {
    answer("{\"object\":\"list\",\"data\":[]}");
    assertThat(client().models().list().items()).isEmpty();
  }

  @Test
  void listItemWithoutIdNamesTheItem() {
    answer("{\"object\":\"list\",\"data\":[{\"id\":\"a\",\"object\":\"model\",\"created\":1,\"owned_by\":\"atoma\"},"
        + "{\"object\":\"model\",\"created\":1,\"owned_by\":\"atoma\"}]}");
    assertThatThrownBy(() -> client().models().list())
        .isInstanceOfSatisfying(ResponseParseException.class, e -> {
          assertThat(e.jsonPath()).hasValue("data[1]");
          assertThat(e.getMessage()).contains("[id]");
        });
  }

  @Test
  void maxModelLenThatIsNotANumberNamesItsPath() {
    answer("{\"object\":\"list\",\"data\":[{\"id\":\"a\",\"max_model_len\":\"long\"}]}");
    assertThatThrownBy(() -> client().models().list())
        .isInstanceOfSatisfying(ResponseParseException.class,
            e -> assertThat(e.jsonPath()).hasValue("data[0].max_model_len"));
  }

  @Test
  void permissionThatIsNotAnArrayIsAParseFailure() {
    answer("{\"object\":\"list\",\"data\":[{\"id\":\"a\",\"permission\":\"all\"}]}");
    assertThatThrownBy(() -> client().models().list())
        .isInstanceOfSatisfying(ResponseParseException.class,
            e -> assertThat(e.getMessage()).contains("permission"));
  }

  @Test
  void streamedListItemThatIsBrokenFailsWhenReached() {
    answer("{\"object\":\"list\",\"data\":[{\"id\":\"a\",\"created\":1},{\"id\":\"b\",\"created\":\"soon\"}]}");
    try (StreamingListResponse<AtomaModel> s = client().models().withStreamingResponse().list()) {
      Iterator<AtomaModel> it = s.iterator();
      assertThat(it.next().id()).isEqualTo("a");
      assertThatThrownBy(it::next).isInstanceOfSatisfying(ResponseParseException.class,
          e -> assertThat(e.getMessage()).contains("created"));
    }
  }
}
