package io.modelsdk.core.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modelsdk.core.fake.FakeClient;
import io.modelsdk.core.internal.Internals;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import okhttp3.HttpUrl;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * E5: for ~500 random ids (seeded) over a mixed alphabet of letters, URL delimiters, percent escapes,
 * dots, whitespace, control characters and non-ASCII (BMP and supplementary), the built request keeps the
 * base URL's scheme, host, port and path prefix, adds exactly one segment after {@code models}, has no
 * query or fragment, and that segment decodes back to the id. Control characters are included on
 * purpose: an id is data, and percent-encoding must carry it whatever it holds. Blank, {@code .} and
 * {@code ..} ids must instead be refused. No server is involved: requests are built, never sent.
 */
class PathSegmentPropertyTest {
  private static final long SEED = 20240611L;
  private static final int CASES = 500;

  /** Pieces an id is assembled from; some are whole escapes or traversal tokens. */
  private static final String[] ALPHABET = {
      "a", "Z", "0", "9", "-", "_", "~", "/", "?", "#", "%", ".", ":", ";", "@", "&", "=", "+", " ", ",", "!",
      "$", "'", "(", ")", "*", "[", "]", "\\", "\"", "<", ">", "^", "`", "{", "}", "|",
      "%2F", "%2f", "%2e", "%2E%2E", "%00", "%", "..", "./", "../", "//",
      "\t", "\n", "\r", "\u0000", "\u001f", "\u007f",
      "é", "ß", "日本", "\u00a0", "\u200b", "\u2028", "\u3002", "\uff0f", "\ufeff", "\uD83D\uDE42", "\uD800\uDC00"};

  private static String randomId(Random random) {
    StringBuilder b = new StringBuilder();
    int pieces = 1 + random.nextInt(8);
    for (int i = 0; i < pieces; i++) {
      b.append(ALPHABET[random.nextInt(ALPHABET.length)]);
    }
    return b.toString();
  }

  private static boolean refused(String id) {
    return id.trim().isEmpty() || id.equals(".") || id.equals("..");
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://127.0.0.1:9", "http://127.0.0.1:9/v1", "http://localhost:9/api/v1/", "https://api.acme.test/v1"})
  void everyIdIsExactlyOneSegmentThatDecodesToItself(String baseUrl) {
    HttpUrl base = HttpUrl.get(baseUrl);
    List<String> prefix = new ArrayList<>(base.pathSegments());
    if (prefix.get(prefix.size() - 1).isEmpty()) {
      prefix.remove(prefix.size() - 1); // a trailing slash is replaced by the next segment
    }
    Random random = new Random(SEED);
    int accepted = 0;
    try (FakeClient client = Wire.client(baseUrl).build()) {
      for (int i = 0; i < CASES; i++) {
        String id = randomId(random);
        if (refused(id)) {
          assertThatThrownBy(() -> build(client, id)).as("id %s", escape(id))
              .isInstanceOf(IllegalArgumentException.class);
          continue;
        }
        HttpUrl url = build(client, id);
        List<String> expected = new ArrayList<>(prefix);
        expected.add("models");
        expected.add(id);
        assertThat(url.scheme()).as("id %s", escape(id)).isEqualTo(base.scheme());
        assertThat(url.host()).as("id %s", escape(id)).isEqualTo(base.host());
        assertThat(url.port()).as("id %s", escape(id)).isEqualTo(base.port());
        assertThat(url.pathSegments()).as("id %s", escape(id)).containsExactlyElementsOf(expected);
        assertThat(url.query()).as("id %s", escape(id)).isNull();
        assertThat(url.fragment()).as("id %s", escape(id)).isNull();
        // The encoded form must survive a round trip through a parser, as the server will see it.
        assertThat(HttpUrl.get(url.toString()).pathSegments()).as("id %s", escape(id))
            .containsExactlyElementsOf(expected);
        accepted++;
      }
    }
    assertThat(accepted).isGreaterThan(CASES * 9 / 10);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t\n", ".", ".."})
  void refusedIdsThrowBeforeAnyUrlIsBuilt(String id) {
    try (FakeClient client = Wire.client("http://127.0.0.1:9").build()) {
      assertThatThrownBy(() -> build(client, id)).isInstanceOf(IllegalArgumentException.class);
    }
  }

  private static HttpUrl build(FakeClient client, String id) {
    return Internals.request(client.runtime(), FakeClient.RETRIEVE, id).url();
  }

  private static String escape(String s) {
    StringBuilder b = new StringBuilder();
    s.codePoints().forEach(cp -> {
      if (cp < 0x20 || cp >= 0x7f) {
        b.append(String.format("\\u{%x}", cp));
      } else {
        b.appendCodePoint(cp);
      }
    });
    return b.toString();
  }
}
