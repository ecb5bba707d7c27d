package io.modelsdk.atoma;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modelsdk.core.errors.OperationNotSupportedException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Model ids: Atoma never puts one in a path (retrieve lists and filters), so an id with {@code /} is
 * compared as it is; ids no model can have are refused before any I/O, as for every vendor.
 */
class AtomaIdTest extends AtomaWireMockTest {
  @BeforeEach
  void stub() {
    stubList();
  }

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(strings = {"", "  ", ".", ".."})
  void idsThatCannotBeAModelIdAreRefusedBeforeAnyRequest(String id) {
    assertThatThrownBy(() -> client().models().retrieve(id)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> client().models().withRawResponse().retrieve(id))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> client().models().withStreamingResponse().retrieve(id))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> client().async().models().retrieve(id)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> client().async().models().withRawResponse().retrieve(id))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> client().async().models().withStreamingResponse().retrieve(id))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(SERVER.getAllServeEvents()).isEmpty();
  }

  @Test
  void nullIdIsRefusedBeforeAnyRequest() {
    assertThatThrownBy(() -> client().models().retrieve(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> client().async().models().retrieve(null)).isInstanceOf(NullPointerException.class);
    assertThat(SERVER.getAllServeEvents()).isEmpty();
  }

  @Test
  void deleteIsRefusedAsUnsupportedWhateverTheId() {
    assertThatThrownBy(() -> client().models().delete(".."))
        .isInstanceOfSatisfying(OperationNotSupportedException.class, e -> assertThat(e.vendor()).isEqualTo("atoma"));
    assertThatThrownBy(() -> client().models().delete("")).isInstanceOf(OperationNotSupportedException.class);
    assertThat(SERVER.getAllServeEvents()).isEmpty();
  }

  @Test
  void anIdWithASlashIsMatchedAsItIsAndNeverSentInThePath() throws Exception {
    assertThat(client().models().retrieve("meta-llama/Llama-3.3-70B-Instruct").id())
        .isEqualTo("meta-llama/Llama-3.3-70B-Instruct");
    assertThat(client().async().models().retrieve("meta-llama/Llama-3.3-70B-Instruct").get(10, TimeUnit.SECONDS)
        .id()).isEqualTo("meta-llama/Llama-3.3-70B-Instruct");
    assertThat(requests()).hasSize(2).allSatisfy(r -> {
      assertThat(r.getUrl()).isEqualTo("/v1/models");
      assertThat(r.getQueryParams()).isEmpty();
    });
  }
}
