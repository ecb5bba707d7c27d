package io.modelsdk.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A cached listing is answered until it is older than its time to live; refresh and diff compare. */
class CatalogCacheTest extends CatalogWireMockTest {
  /** A clock the test moves. */
  static final class TestClock extends Clock {
    Instant now = Instant.parse("2026-12-02T12:00:00Z");

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }

  @Test
  void aCachedListingIsAnsweredUntilItIsStale() throws Exception {
    TestClock clock = new TestClock();
    ModelCatalog catalog = track(ModelCatalog.builder().fromEnv(lookup(env()))
        .cacheFor(Duration.ofMinutes(5)).clock(clock).build());

    CatalogSnapshot first = catalog.listAll();
    clock.now = clock.now.plus(Duration.ofMinutes(4));
    assertThat(catalog.listAll()).isSameAs(first);
    assertThat(catalog.listAllAsync().get()).isSameAs(first);
    assertThat(catalog.isAvailable("gpt-4")).isTrue();
    assertThat(requestsTo("openai")).isEqualTo(1);

    clock.now = clock.now.plus(Duration.ofMinutes(2));
    CatalogSnapshot second = catalog.listAll();
    assertThat(second).isNotSameAs(first);
    assertThat(second.takenAt()).isEqualTo(clock.now);
    assertThat(requestsTo("openai")).isEqualTo(2);
  }

  @Test
  void withoutACacheEveryListingCallsAndRefreshAlwaysDoes() {
    ModelCatalog catalog = track(ModelCatalog.fromEnv(lookup(env())));
    catalog.listAll();
    catalog.find("gpt-4");
    assertThat(requestsTo("openai")).isEqualTo(2);

    ModelCatalog cached = ModelCatalog.builder().fromEnv(lookup(env())).cacheFor(Duration.ofHours(1)).build();
    try {
      CatalogSnapshot kept = cached.listAll();
      assertThat(cached.refresh()).isNotSameAs(kept);
      assertThat(cached.listAll()).isNotSameAs(kept); // the refreshed listing is now the one kept
      assertThat(requestsTo("openai")).isEqualTo(4);
    } finally {
      cached.close();
    }
  }

  @Test
  void diffSaysWhatEachVendorAddedAndRemovedAndWhichItCouldNotCompare() {
    ModelCatalog catalog = track(ModelCatalog.fromEnv(lookup(env())));
    CatalogSnapshot before = catalog.listAll();
    answer("openai", json(200, "{\"object\":\"list\",\"data\":["
        + "{\"id\":\"gpt-4\",\"object\":\"model\",\"created\":1,\"owned_by\":\"openai\"},"
        + "{\"id\":\"model-id-2\",\"object\":\"model\",\"created\":1,\"owned_by\":\"openai\"},"
        + "{\"id\":\"gpt-5\",\"object\":\"model\",\"created\":1,\"owned_by\":\"openai\"}]}"));
    answer("scale", json(500, "{\"detail\":\"down\"}").withHeader("x-should-retry", "false"));

    CatalogDiff diff = ModelCatalog.diff(before, catalog.refresh());

    assertThat(diff.added()).isEqualTo(Map.of("openai", Set.of("gpt-5")));
    assertThat(diff.removed()).isEqualTo(Map.of("openai", Set.of("model-id-1")));
    assertThat(diff.notCompared()).containsExactly("scale");
    assertThat(diff.isEmpty()).isFalse();
    assertThat(CatalogDiff.between(before, before).isEmpty()).isTrue();
  }

  @Test
  void aVendorNewToTheCatalogAddedAllItsModels() {
    Map<String, String> env = env();
    env.remove("CHOREOAI_API_KEY");
    ModelCatalog without = ModelCatalog.fromEnv(lookup(env));
    CatalogSnapshot before;
    try {
      before = without.listAll();
    } finally {
      without.close();
    }

    CatalogDiff diff = CatalogDiff.between(before, track(ModelCatalog.fromEnv(lookup(env()))).listAll());

    assertThat(diff.added()).isEqualTo(Map.of("choreoai", Set.of("gpt-4", "claude-3-opus-20240229")));
    assertThat(diff.removed()).isEmpty();
  }
}
