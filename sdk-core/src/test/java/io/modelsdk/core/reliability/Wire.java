package io.modelsdk.core.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.modelsdk.core.fake.FakeClient;
import io.modelsdk.core.testing.RecordingSleeper;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** What the reliability tests share: the canary key, a fake-vendor client builder and JSON bodies. */
final class Wire {
  /** A key that must never leak; tests look for it in messages and strings. */
  static final String KEY = "sk-test-canary-123456";

  private Wire() {}

  /** A fake-vendor builder against {@code baseUrl} with the canary key and a sleeper that never waits. */
  static FakeClient.Builder client(String baseUrl) {
    return FakeClient.builder().apiKey(KEY).baseUrl(baseUrl).sleeper(new RecordingSleeper());
  }

  static ResponseDefinitionBuilder json(int status, String body) {
    return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
  }

  static String model(String id) {
    return "{\"id\":\"" + id + "\",\"owned_by\":\"acme\"}";
  }

  /** A list page of the fake vendor; {@code next} null for the last page. */
  static String page(List<String> ids, String next) {
    return "{\"data\":[" + ids.stream().map(Wire::model).collect(Collectors.joining(",")) + "],\"next\":"
        + (next == null ? "null" : "\"" + next + "\"") + "}";
  }

  /** Ids {@code prefix0 .. prefix(n-1)}. */
  static List<String> ids(String prefix, int n) {
    return IntStream.range(0, n).mapToObj(i -> prefix + i).collect(Collectors.toList());
  }
}
