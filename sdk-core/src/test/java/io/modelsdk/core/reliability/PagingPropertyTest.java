package io.modelsdk.core.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.modelsdk.core.fake.FakeClient;
import io.modelsdk.core.fake.FakeModel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * H5: for ~50 seeded random lists (0 to 8 pages, page sizes 0 to 7, empty pages anywhere, the last one
 * too) the auto-pager yields exactly the list's items in order and requests each page exactly once; the
 * async auto-pager's {@code toList} and {@code forEach} do the same for a share of them.
 */
class PagingPropertyTest {
  @RegisterExtension
  static final WireMockExtension SERVER = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final long SEED = 7_340_033L;
  private static final int CASES = 50;

  /** Serves {@code pages} as a cursor list; page i (i > 0) answers to {@code after=cur-i}. */
  private static List<String> serve(int caseNo, List<Integer> sizes) {
    SERVER.resetAll();
    List<String> all = new ArrayList<>();
    for (int i = 0; i < sizes.size(); i++) {
      List<String> ids = Wire.ids("k" + caseNo + "p" + i + "i", sizes.get(i));
      all.addAll(ids);
      String next = i + 1 < sizes.size() ? "cur-" + (i + 1) : null;
      SERVER.stubFor(get(urlPathEqualTo("/models"))
          .withQueryParam("after", i == 0 ? absent() : equalTo("cur-" + i))
          .willReturn(Wire.json(200, Wire.page(ids, next))));
    }
    return all;
  }

  private static void assertEachPageRequestedOnce(List<Integer> sizes) {
    assertThat(SERVER.getAllServeEvents()).hasSize(sizes.size());
    SERVER.verify(1, getRequestedFor(urlPathEqualTo("/models")).withQueryParam("after", absent()));
    for (int i = 1; i < sizes.size(); i++) {
      SERVER.verify(1, getRequestedFor(urlPathEqualTo("/models")).withQueryParam("after", equalTo("cur-" + i)));
    }
  }

  private static List<Integer> randomSizes(Random random) {
    int pages = 1 + random.nextInt(8);
    List<Integer> sizes = new ArrayList<>();
    for (int p = 0; p < pages; p++) {
      sizes.add(random.nextInt(4) == 0 ? 0 : random.nextInt(8)); // empty pages are common
    }
    return sizes;
  }

  @Test
  void theAutoPagerYieldsExactlyTheItemsAndRequestsEachPageOnce() throws Exception {
    Random random = new Random(SEED);
    int emptyPages = 0;
    try (FakeClient client = Wire.client(SERVER.baseUrl()).maxRetries(0).build()) {
      for (int c = 0; c < CASES; c++) {
        List<Integer> sizes = randomSizes(random);
        emptyPages += Collections.frequency(sizes, 0);
        List<String> expected = serve(c, sizes);

        List<String> got = client.models().list().stream().map(FakeModel::id).collect(Collectors.toList());

        assertThat(got).as("case %d, page sizes %s", c, sizes).containsExactlyElementsOf(expected);
        assertEachPageRequestedOnce(sizes);

        if (c % 5 == 0) {
          SERVER.resetRequests();
          List<String> async = client.asyncModels().list()
              .thenCompose(p -> p.autoPager().toList()).get(10, TimeUnit.SECONDS)
              .stream().map(FakeModel::id).collect(Collectors.toList());
          assertThat(async).as("async toList, case %d, page sizes %s", c, sizes).containsExactlyElementsOf(expected);
          assertEachPageRequestedOnce(sizes);

          SERVER.resetRequests();
          List<String> walked = Collections.synchronizedList(new ArrayList<>());
          client.asyncModels().list().thenCompose(p -> p.autoPager().forEach(m -> walked.add(m.id())))
              .get(10, TimeUnit.SECONDS);
          assertThat(walked).as("async forEach, case %d, page sizes %s", c, sizes).containsExactlyElementsOf(expected);
          assertEachPageRequestedOnce(sizes);
        }
      }
    }
    assertThat(emptyPages).as("the seed must produce empty pages").isGreaterThan(10);
  }
}
