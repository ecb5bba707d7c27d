package io.modelsdk.atoma;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.modelsdk.core.testing.FuzzedAnswer;
import io.modelsdk.core.testing.RecordingSleeper;
import org.junit.jupiter.api.AfterAll;

/**
 * Fuzzes Atoma's response parsing end to end (RELIABILITY D6): a model (retrieve lists and filters), a
 * list page, a list streamed item by item, and the error envelope of any other status, each served by
 * {@link FuzzedAnswer} from the fuzz input. Only the SDK's own exceptions may escape. {@code mvn verify}
 * replays the seeds in {@code AtomaFuzzTestInputs/parse}; the README's "Fuzzing" section says how to fuzz.
 */
class AtomaFuzzTest {
  private static final FuzzedAnswer ANSWER = new FuzzedAnswer();
  private static final AtomaClient CLIENT = AtomaClient.builder().apiKey("fuzz-key").baseUrl("http://localhost")
      .httpClient(ANSWER.httpClient()).maxRetries(0).sleeper(new RecordingSleeper()).build();

  @AfterAll
  static void close() {
    CLIENT.close();
  }

  @FuzzTest(maxDuration = "5m")
  void parse(FuzzedDataProvider data) {
    ANSWER.serve(data, call -> {
      switch (call) {
        case RETRIEVE -> FuzzedAnswer.read(CLIENT.models().retrieve("meta-llama/Llama-3.3-70B-Instruct"));
        case LIST -> FuzzedAnswer.read(CLIENT.models().list());
        case STREAM -> FuzzedAnswer.read(CLIENT.models().withStreamingResponse().list());
      }
    });
  }
}
