package io.modelsdk.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelsdk.atoma.AtomaModel;
import io.modelsdk.choreo.ChoreoModel;
import io.modelsdk.openai.OpenAiModel;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The merged view files each model under its id with every vendor that lists it, and lookups read it. */
class CatalogLookupTest extends CatalogWireMockTest {
  @Test
  void theMergedViewHasOneEntryPerIdWithEveryVendorThatListsIt() {
    CatalogSnapshot all = track(ModelCatalog.fromEnv(lookup(env()))).listAll();

    CatalogEntry gpt4 = all.entry("gpt-4").get();
    assertThat(gpt4.vendors()).containsExactly("choreoai", "compat", "openai");
    assertThat(gpt4.ownedBy()).hasValue("openai"); // ChoreoAI's, the first vendor that says
    assertThat(gpt4.createdAt()).hasValue(Instant.ofEpochSecond(1687882400));
    assertThat(gpt4.offer("openai").get().model(OpenAiModel.class).id()).isEqualTo("gpt-4");
    assertThat(gpt4.offer("choreoai").get().model(ChoreoModel.class).vendor()).isEqualTo("choreoai");
    assertThat(gpt4.offer("scale")).isEmpty();
    assertThat(all.entries()).extracting(CatalogEntry::id).isSorted()
        .contains("meta-llama/Llama-3.3-70B-Instruct", "Llama-3.3-70B-Instruct", "mi_01hz8k2n5q");
    int models = all.listings().stream().mapToInt(l -> l.models().size()).sum();
    assertThat(all.entries()).hasSize(models - 2); // gpt-4 three times
  }

  @Test
  void findPutsThePreferredVendorsFirstThenTheOthersInTheCatalogsOrder() {
    ModelCatalog catalog = track(ModelCatalog.fromEnv(lookup(env())));

    assertThat(catalog.find("gpt-4", "openai")).extracting(ModelOffer::vendor)
        .containsExactly("openai", "choreoai", "compat");
    assertThat(catalog.find("gpt-4", "scale", "compat", "openai")).extracting(ModelOffer::vendor)
        .containsExactly("compat", "openai", "choreoai");
    assertThat(catalog.find("gpt-4")).extracting(ModelOffer::toString)
        .containsExactly("gpt-4 at choreoai", "gpt-4 at compat", "gpt-4 at openai");
    assertThat(catalog.find("gpt-7")).isEmpty();
    assertThat(catalog.isAvailable("mi_02jq4r7t8w")).isTrue();
    assertThat(catalog.isAvailable("gpt-7")).isFalse();
  }

  @Test
  void firstAvailableFallsBackDownTheOrderPastAVendorThatIsDown() {
    answer("openai", json(503, "{\"error\":{\"message\":\"down\"}}").withHeader("x-should-retry", "false"));
    CatalogSnapshot all = track(ModelCatalog.fromEnv(lookup(env()))).listAll();

    assertThat(all.firstAvailable("gpt-4", "openai", "compat", "choreoai")).get()
        .extracting(ModelOffer::vendor).isEqualTo("compat");
    assertThat(all.firstAvailable("gpt-4", "scale", "openai")).isEmpty();
    assertThat(all.firstAvailable("gpt-4")).isEmpty(); // only the vendors named are tried
    assertThat(all.find("gpt-4")).extracting(ModelOffer::vendor).containsExactly("choreoai", "compat");
  }

  @Test
  void idsOfDifferentVendorsMatchOnlyUnderTheMatcherTheCallerChooses() {
    CatalogSnapshot exact = track(ModelCatalog.fromEnv(lookup(env()))).listAll();
    assertThat(exact.entry("Llama-3.3-70B-Instruct").get().vendors()).containsExactly("compat");

    ModelCatalog matching = ModelCatalog.builder().fromEnv(lookup(env()))
        .idMatcher(IdMatcher.lastSegment().andThen(IdMatcher.ignoringCase())).build();
    try {
      CatalogSnapshot all = matching.listAll();
      CatalogEntry llama = all.entry("META-LLAMA/llama-3.3-70b-instruct").get();
      assertThat(llama.id()).isEqualTo("llama-3.3-70b-instruct");
      assertThat(llama.vendors()).containsExactly("atoma", "compat");
      assertThat(llama.offer("atoma").get().model(AtomaModel.class).id()).isEqualTo("meta-llama/Llama-3.3-70B-Instruct");
    } finally {
      matching.close();
    }
  }
}
