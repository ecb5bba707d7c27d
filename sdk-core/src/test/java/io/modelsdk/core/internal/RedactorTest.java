package io.modelsdk.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParseException;
import io.modelsdk.core.errors.ResponseParseException;
import io.modelsdk.core.http.HttpHeaders;
import io.modelsdk.core.spi.ResponseDecoder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import org.junit.jupiter.api.Test;

/** F1 at unit level: parse failures of a body that echoes the key come out without it. */
class RedactorTest {
  private static final String KEY = "sk-test-canary-123456";
  private final Redactor redactor = new Redactor(KEY);

  @Test
  void redactsEveryOccurrence() {
    assertThat(redactor.redact(KEY + " and " + KEY)).isEqualTo("[redacted] and [redacted]");
    assertThat(redactor.redact(null)).isNull();
    assertThat(redactor.redact("clean")).isEqualTo("clean");
  }

  @Test
  void aParseFailureWithoutTheKeyIsReturnedAsIs() {
    ResponseParseException e = new ResponseParseException("m", new IOException("io"), 200, "x", "data", "body");

    assertThat(redactor.redactFailure(e)).isSameAs(e);
  }

  @Test
  void aParseFailureShowingTheKeyLosesItFromMessageSnippetAndCause() {
    JsonParseException cause = new JsonParseException(null, "Unrecognized token '" + KEY + "'");
    ResponseParseException e = new ResponseParseException("could not parse " + KEY, cause, 200, "text/plain",
        null, KEY + " is not JSON");

    ResponseParseException clean = redactor.redactFailure(e);

    assertThat(clean.getMessage()).isEqualTo("could not parse [redacted]");
    assertThat(clean.bodySnippet()).isEqualTo("[redacted] is not JSON");
    assertThat(clean.getCause()).isNull();
    assertThat(clean.statusCode()).isEqualTo(200);
    assertThat(clean.contentType()).hasValue("text/plain");
    assertThat(clean.getStackTrace()).isEqualTo(e.getStackTrace());
  }

  @Test
  void aCleanCauseIsKept() {
    IOException cause = new IOException("unexpected end");
    ResponseParseException e = new ResponseParseException("m", cause, 200, null, null, KEY);

    assertThat(redactor.redactFailure(e).getCause()).isSameAs(cause);
  }

  @Test
  void everySecretIsMaskedAndOneContainingAnotherIsMaskedWhole() {
    Redactor several = new Redactor(Arrays.asList("gw-token-1", null, "abc", KEY));

    assertThat(several.redact("Bearer " + KEY + " and gw-token-1, not abc"))
        .isEqualTo("Bearer [redacted] and [redacted], not abc");
    assertThat(new Redactor("part").with(Collections.singletonList("whole-part-secret"))
        .redact("whole-part-secret")).isEqualTo("[redacted]");
  }

  @Test
  void aSecretIsMaskedAlsoAsItReadsInsideAJsonString() {
    Redactor quoted = redactor.with(Collections.singletonList("pa\\ss\"word"));

    assertThat(quoted.redact("{\"default_key\":\"pa\\\\ss\\\"word\"}")).isEqualTo("{\"default_key\":\"[redacted]\"}");
    assertThat(quoted.redact("pa\\ss\"word")).isEqualTo("[redacted]");
  }

  @Test
  void addingNoSecretsKeepsTheSameRedactor() {
    assertThat(redactor.with(Collections.emptyList())).isSameAs(redactor);
  }

  @Test
  void guardedDecodersRedactBothWays() {
    ResponseDecoder<String> guarded = redactor.guard(ResponseDecoder.json(String.class));
    byte[] body = ("[\"" + KEY + "\"]").getBytes();

    assertThatThrownBy(() -> guarded.decode(new io.modelsdk.core.spi.ResponseData(200, HttpHeaders.empty(), body)))
        .isInstanceOfSatisfying(ResponseParseException.class, e -> {
          assertThat(e.bodySnippet()).doesNotContain(KEY);
          assertThat(e.getMessage()).doesNotContain(KEY);
        });
    assertThatThrownBy(() -> guarded.decode(200, HttpHeaders.empty(), new ByteArrayInputStream(body)))
        .isInstanceOfSatisfying(ResponseParseException.class, e -> assertThat(e.getMessage()).doesNotContain(KEY));
  }
}
