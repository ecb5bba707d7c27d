package io.modelsdk.atoma;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.modelsdk.core.StreamingResponse;
import io.modelsdk.core.errors.NotFoundException;
import io.modelsdk.core.spi.SdkJson;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Atoma has no retrieve endpoint: retrieve is one list request filtered by the whole id, exactly.
 * {@link AtomaModelsContractTest}'s mode matrix checks each mode's request and answer, and that an absent
 * id is a 404 in every mode; this checks what it does not: a model that is not first is found, a prefix
 * or another case is not, a streamed retrieve's body is the found model's JSON, and an async retrieve of
 * an absent id fails through its future.
 */
class AtomaRetrieveByListingTest extends AtomaWireMockTest {
  @BeforeEach
  void stubDocumentedList() {
    stubList();
  }

  @Test
  void syncRetrieveFindsAModelThatIsNotFirst() {
    assertThat(client().models().retrieve("black-forest-labs/FLUX.1-schnell").id())
        .isEqualTo("black-forest-labs/FLUX.1-schnell");
  }

  @Test
  void retrieveMatchesTheWholeIdExactly() {
    assertThatThrownBy(() -> client().models().retrieve("meta-llama/Llama-3.3-70B"))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> client().models().retrieve("META-LLAMA/LLAMA-3.3-70B-INSTRUCT"))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void aStreamedRetrievesBodyIsTheModelsJsonSyncAndAsync() throws Exception {
    try (StreamingResponse<AtomaModel> s = client().models().withStreamingResponse().retrieve(RETRIEVE_ID)) {
      assertThat(readTree(s.body())).isEqualTo(firstListedModel());
    }
    try (StreamingResponse<AtomaModel> s =
        client().async().models().withStreamingResponse().retrieve(RETRIEVE_ID).get(10, TimeUnit.SECONDS)) {
      assertThat(readTree(s.body())).isEqualTo(firstListedModel());
    }
  }

  @Test
  void asyncRetrieveOfAnAbsentIdCompletesWithNotFound() {
    assertThatThrownBy(() -> client().async().models().retrieve("nope").get(10, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class).cause().isInstanceOf(NotFoundException.class)
        .hasMessageContaining("nope");
  }

  private static JsonNode firstListedModel() throws IOException {
    return SdkJson.mapper().readTree(AtomaFixture.resource("list.json")).get("data").get(0);
  }

  private static JsonNode readTree(InputStream body) throws IOException {
    try (InputStream in = body) {
      return SdkJson.mapper().readTree(in);
    }
  }
}
