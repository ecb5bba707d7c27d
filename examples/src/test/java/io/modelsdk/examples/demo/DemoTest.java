package io.modelsdk.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelsdk.examples.Vendor;
import io.modelsdk.examples.VendorClient;
import io.modelsdk.examples.mock.VendorMock;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The demo's exit status and tables, run in-process. */
class DemoTest {
  private static final Function<String, String> NO_ENV = name -> null;

  /** The demo on the mock, run once for the tests that read its output: its status and what it printed. */
  private static int mockStatus;
  private static String mockRun;

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

  @BeforeAll
  static void runOnTheMock() {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    mockStatus = Demo.run(new String[0], new PrintStream(printed, true, StandardCharsets.UTF_8), NO_ENV);
    mockRun = printed.toString(StandardCharsets.UTF_8);
  }

  private String printed() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void everyRowSucceedsOnTheMock() {
    assertThat(mockStatus).as(mockRun).isEqualTo(Demo.OK);
    for (Vendor v : Vendor.values()) {
      assertThat(mockRun).contains(v.displayName() + "  http://127.0.0.1:");
    }
    assertThat(mockRun).doesNotContain("FAIL").contains("55 of 55 calls as expected");
    assertThat(mockRun).contains("2 pages [2, 1]", "2 pages [1, 1]", "after 1 retry",
        "NotFoundException: Model instance no-such-model not found",
        "OperationNotSupportedException: atoma does not support the models operation 'delete'");
  }

  @Test
  void theListenerLineTellsTheErrorsTheDemoAsksForFromFailures() {
    assertThat(mockRun).as("OpenAI's tour as its client's listener heard it").contains("listener: 10 requests"
        + " (200 x8, 404 x1, 429 x1), 1 retry, 8 calls ok, 1 answered with the error the demo asks for, 0 failed");
    assertThat(mockRun).as("ChoreoAI's retrieves, each a 404 the SDK falls back from by listing")
        .contains("8 calls ok, 5 answered with the errors the demo asks for, 0 failed");
    assertThat(mockRun).doesNotContainPattern("[1-9]\\d* failed, slowest");
  }

  @Test
  void theCatalogListsEveryVendorAtOnceWhileOneHangsPastItsDeadline() {
    assertThat(mockStatus).as(mockRun).isEqualTo(Demo.OK);
    String catalog = mockRun.substring(mockRun.indexOf("Model catalog  "));
    assertThat(catalog).contains(
        "ok | catalog | list atoma (never answers) | ApiTimeoutException: atoma listing did not end within the"
            + " catalog's deadline of 500 ms",
        "ok | catalog | list openai                | 3 models",
        "ok | catalog | list choreoai              | 2 models");
    assertThat(catalog).containsPattern("catalog: 5 vendors in \\d+ ms \\(sum of vendors \\d+ ms\\), 1 failed");
    assertThat(catalog.lines()).contains(
        "  gpt-4                                | choreoai    | openai",
        "  model-id-0                           | openai      | organization-owner",
        "  10 models from 4 of 5 vendors; atoma failed, so not listed");
    assertThat(catalog).as("the hanging vendor's models").doesNotContain("meta-llama/Llama-3.3-70B-Instruct");
  }

  @Test
  void theMergedViewSaysHowManyModelsItLeftOut() {
    List<String[]> models = new ArrayList<>();
    for (int i = 0; i < CatalogTour.MAX_MODELS + 7; i++) {
      models.add(new String[] {"model-" + (100 + i), "openai", "-"});
    }

    CatalogTour.printModels(out, models, "1 of 1 vendors");

    List<String> lines = printed().lines().toList();
    assertThat(lines).filteredOn(l -> l.contains("model-")).hasSize(CatalogTour.MAX_MODELS);
    assertThat(lines).contains("  27 models from 1 of 1 vendors; the first 20 shown, 7 left out");
  }

  @Test
  void aVendorThatRefusesTheKeyFailsItsRows() {
    try (VendorMock mock = VendorMock.start();
        VendorClient c = Vendor.OPENAI.connect(mock.baseUrl(Vendor.OPENAI), "wrong-key", b -> b.maxRetries(0))) {
      List<Row> rows = Tour.onMock(c, Optional.empty());

      assertThat(rows.get(0)).satisfies(r -> {
        assertThat(r.ok()).isFalse();
        assertThat(r.result()).startsWith("AuthenticationException: Incorrect API key provided");
      });
      assertThat(rows).filteredOn(r -> !r.ok()).hasSizeGreaterThan(3)
          .allSatisfy(r -> assertThat(r.result()).matches("(AuthenticationException|skipped): .*"));
    }
  }

  @Test
  void theTableAlignsItsColumnsAndMarksFailures() {
    Table.print(out, "Title", List.of(new Row("sync", "list", "3 models", 12, true),
        new Row("streaming", "retrieve x", "boom", 1234, false)), "listener: 2 requests");

    List<String> lines = printed().lines().toList();
    assertThat(lines.get(0)).isEqualTo("Title");
    assertThat(lines.get(3)).startsWith("  ok   | sync      | list       | 3 models |   12");
    assertThat(lines.get(4)).startsWith("  FAIL | streaming | retrieve x | boom     | 1234");
    assertThat(lines.get(5)).isEqualTo("  listener: 2 requests");
  }

  @Test
  void liveWithoutAKeyNamesTheVariableAndExits2() {
    assertThat(Demo.run(new String[] {"--live", "scale"}, out, NO_ENV)).isEqualTo(Demo.USAGE);
    assertThat(printed()).contains("SGP_API_KEY is not set");
  }

  @Test
  void liveWithNoKeyAtAllNamesEveryVariable() {
    assertThat(Demo.run(new String[] {"--live"}, out, Map.<String, String>of()::get)).isEqualTo(Demo.USAGE);
    assertThat(printed()).contains("OPENAI_API_KEY", "CHOREOAI_API_KEY");
  }

  @Test
  void theScriptsHelpBeforeTheFirstBuildIsTheDemosHelp() throws IOException {
    String script = Files.readString(Path.of("..", "demo"));
    String start = "<<'HELP'\n";
    String held = script.substring(script.indexOf(start) + start.length(), script.indexOf("\nHELP\n"));

    Demo.run(new String[] {"--help"}, out, NO_ENV);

    assertThat(held.lines()).containsExactlyElementsOf(printed().lines().toList());
  }

  @Test
  void helpAndBadArguments() {
    assertThat(Demo.run(new String[] {"--help"}, out, NO_ENV)).isEqualTo(Demo.OK);
    assertThat(printed()).startsWith("Usage: demo");
    assertThat(Demo.run(new String[] {"--bogus"}, out, NO_ENV)).isEqualTo(Demo.USAGE);
    assertThat(Demo.run(new String[] {"--live", "nobody"}, out, NO_ENV)).isEqualTo(Demo.USAGE);
    assertThat(printed()).contains("unknown vendor 'nobody'");
  }
}
