package io.modelsdk.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the log shows of URLs, headers and bodies: never a secret, and a cut body says it was cut. */
class LogTextTest {
  private static final String KEY = "sk-test-canary-123456";
  private final Redactor redactor = new Redactor(KEY);

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"api_key", "API_KEY", "key", "Key", "token", "access_token", "apikey", "ApiKey", "api%5Fkey"})
  void aQueryParameterNamedLikeAKeyIsMasked(String name) {
    HttpUrl url = HttpUrl.get("https://api.example.com/v1/models?limit=5&" + name + "=s3cr3t-value&after=abc");

    assertThat(LogText.url(url, redactor))
        .isEqualTo("https://api.example.com/v1/models?limit=5&" + name + "=[redacted]&after=abc");
  }

  @Test
  void userInfoAndFragmentAreDroppedAndTheKeyIsMaskedAnywhereInTheUrl() {
    HttpUrl url = HttpUrl.get("https://user:pa55word@api.example.com/v1/models/a%2Fb?monkey=1&key&q=" + KEY + "#frag");

    assertThat(LogText.url(url, redactor))
        .isEqualTo("https://api.example.com/v1/models/a%2Fb?monkey=1&key&q=[redacted]");
  }

  @Test
  void credentialCookieAndHiddenHeadersShowMaskedAndOthersAsSent() {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    headers.put("Authorization", Collections.singletonList("Bearer " + KEY));
    headers.put("Set-Cookie", Arrays.asList("a=1", "b=2"));
    headers.put("x-gateway-token", Collections.singletonList("gw-token-1"));
    headers.put("Accept", Collections.singletonList("application/json"));
    headers.put("X-Echo", Collections.singletonList("said " + KEY));
    Set<String> hidden = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    hidden.add("X-Gateway-Token");

    assertThat(LogText.headers(headers, hidden, redactor)).isEqualTo("{Authorization: [redacted], "
        + "Set-Cookie: [redacted], Set-Cookie: [redacted], x-gateway-token: [redacted], "
        + "Accept: application/json, X-Echo: said [redacted]}");
  }

  @Test
  void aShortBodyIsShownWholeWithItsSize() {
    assertThat(LogText.body("{\"k\":\"".concat(KEY).concat("\"}").getBytes(StandardCharsets.UTF_8), redactor))
        .isEqualTo("(29 bytes) {\"k\":\"[redacted]\"}");
  }

  @Test
  void aLongBodyIsCutAtTheCapAndTheLineSaysSo() {
    byte[] body = "x".repeat(10_000).getBytes(StandardCharsets.UTF_8);

    assertThat(LogText.body(body, redactor))
        .isEqualTo("(10000 bytes, cut to the first 4096 characters) " + "x".repeat(4096));
  }

  @Test
  void aSecretAcrossTheCutLeavesNoPartOfItself() {
    String text = "y".repeat(LogText.MAX_BODY_CHARS - 5) + KEY + "z".repeat(20_000);

    String shown = LogText.body(text.getBytes(StandardCharsets.UTF_8), redactor);

    assertThat(shown).endsWith("yyyyy[reda").doesNotContain(KEY.substring(0, 5));
  }
}
