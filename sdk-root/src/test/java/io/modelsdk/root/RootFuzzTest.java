package io.modelsdk.root;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.modelsdk.core.testing.FuzzedAnswer;
import io.modelsdk.core.testing.RecordingSleeper;
import org.junit.jupiter.api.AfterAll;

/**
 * Fuzzes Root Signals' response parsing end to end (RELIABILITY D6): a model, a list page and the next
 * one (at the cursor or link the page gives), a list streamed item by item, and the error envelope of any
 * other status, each served by {@link FuzzedAnswer} from the fuzz input. Only the SDK's own exceptions may
 * escape. {@code mvn verify} replays the seeds in {@code RootFuzzTestInputs/parse}; the README's
 * "Fuzzing" section says how to fuzz.
 */
class RootFuzzTest {
  private static final FuzzedAnswer ANSWER = new FuzzedAnswer();
  private static final RootClient CLIENT = RootClient.builder().apiKey("fuzz-key").baseUrl("http://localhost")
      .httpClient(ANSWER.httpClient()).maxRetries(0).sleeper(new RecordingSleeper()).build();

  @AfterAll
  static void close() {
    CLIENT.close();
  }

  @FuzzTest(maxDuration = "5m")
  void parse(FuzzedDataProvider data) {
    ANSWER.serve(data, call -> {
      switch (call) {
        case RETRIEVE -> FuzzedAnswer.read(CLIENT.models().retrieve("3fa85f64-5717-4562-b3fc-2c963f66afa6"));
        case LIST -> FuzzedAnswer.read(CLIENT.models().list());
        case STREAM -> FuzzedAnswer.read(CLIENT.models().withStreamingResponse().list());
      }
    });
  }
}
