package io.modelsdk.atoma;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelsdk.core.AsyncPage;
import io.modelsdk.core.Page;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Atoma answers the list in a single page: sync and async, its auto-pager gives just its items.
 * {@link AtomaModelsContractTest}'s mode matrix checks what each mode answers; {@link AtomaJsonRoundTripTest}
 * the documented values.
 */
class AtomaListIsOnePageTest extends AtomaWireMockTest {
  @Test
  void theListIsOnePageSyncAndAsync() throws Exception {
    stubList();
    Page<AtomaModel> page = client().models().list();
    assertThat(page.hasNextPage()).as("Atoma answers in a single page").isFalse();
    assertThat(page.stream().map(AtomaModel::id).collect(Collectors.toList())).hasSize(3);
    AsyncPage<AtomaModel> asyncPage = client().async().models().list().get(10, TimeUnit.SECONDS);
    assertThat(asyncPage.hasNextPage()).isFalse();
    assertThat(asyncPage.autoPager().toList().get(10, TimeUnit.SECONDS)).isEqualTo(asyncPage.items());
  }
}
