package io.modelsdk.core.spi;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelsdk.core.errors.ErrorDetails;
import io.modelsdk.core.errors.ValidationError;
import io.modelsdk.core.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The shared error envelopes: FastAPI's detail, problem details, and trying several in turn. */
class ErrorDecodersTest {
  private static ResponseData body(String json) {
    return new ResponseData(422, HttpHeaders.empty(), json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void fastApiValidationErrorsBecomeTypedErrors() {
    ErrorDetails d = ErrorDecoders.fastApiDetail().decode(body("{\"detail\":[{\"loc\":[\"query\",\"limit\"],"
        + "\"msg\":\"Input should be less than or equal to 10000\",\"type\":\"less_than_equal\"}]}"));
    assertThat(d.validationErrors()).containsExactly(new ValidationError(Arrays.asList("query", "limit"),
        "Input should be less than or equal to 10000", "less_than_equal"));
    assertThat(d.message()).hasValue("query.limit: Input should be less than or equal to 10000 (less_than_equal)");
  }

  @Test
  void fastApiTextDetailIsTheMessage() {
    assertThat(ErrorDecoders.fastApiDetail().decode(body("{\"detail\":\"Not Found\"}")).message()).hasValue("Not Found");
    assertThat(ErrorDecoders.fastApiDetail().decode(body("<html>")).message()).isEmpty();
  }

  @Test
  void problemDetailsGiveDetailCodeAndTitle() {
    ErrorDetails d = ErrorDecoders.problemDetails().decode(body("{\"type\":\"about:blank\",\"status\":404,"
        + "\"title\":\"Not Found\",\"detail\":\"No Model matches the given query.\",\"code\":\"not_found\"}"));
    assertThat(d.message()).hasValue("No Model matches the given query.");
    assertThat(d.code()).hasValue("not_found");
    assertThat(d.type()).hasValue("Not Found");
    assertThat(ErrorDecoders.problemDetails().decode(body("{\"title\":\"Forbidden\"}")).message()).hasValue("Forbidden");
  }

  @Test
  void firstOfKeepsTheFirstDecoderThatFindsAMessage() {
    ErrorDecoder both = ErrorDecoders.firstOf(ErrorDecoders.errorObject(), ErrorDecoders.fastApiDetail());
    assertThat(both.decode(body("{\"error\":{\"message\":\"m\",\"code\":\"model_not_found\"}}")).code())
        .hasValue("model_not_found");
    assertThat(both.decode(body("{\"detail\":\"Not Found\"}")).message()).hasValue("Not Found");
    assertThat(both.decode(body("plain")).message()).isEmpty();
  }
}
