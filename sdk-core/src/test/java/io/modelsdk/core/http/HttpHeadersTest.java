package io.modelsdk.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link HttpHeaders#of}: a copy, case-insensitive, names differing in case merged in order, never writable. */
class HttpHeadersTest {
  @Test
  void namesDifferingOnlyInCaseAreMergedInOrder() {
    Map<String, List<String>> raw = new LinkedHashMap<>();
    raw.put("X-Trace", Arrays.asList("a", "b"));
    raw.put("x-trace", Collections.singletonList("c"));
    raw.put("Content-Type", Collections.singletonList("application/json"));
    HttpHeaders headers = HttpHeaders.of(raw);
    assertThat(headers.allValues("X-TRACE")).containsExactly("a", "b", "c");
    assertThat(headers.firstValue("content-type")).contains("application/json");
    assertThat(headers.map().keySet()).containsExactly("Content-Type", "X-Trace");
  }

  @Test
  void itIsACopyThatCannotBeChanged() {
    List<String> values = new ArrayList<>(Collections.singletonList("one"));
    Map<String, List<String>> raw = new LinkedHashMap<>();
    raw.put("x-one", values);
    raw.put("x-two", new ArrayList<>(Arrays.asList("a", "b")));
    HttpHeaders headers = HttpHeaders.of(raw);
    values.add("two");
    raw.put("x-three", Collections.singletonList("3"));
    assertThat(headers.allValues("x-one")).containsExactly("one");
    assertThat(headers.contains("x-three")).isFalse();
    assertThatThrownBy(() -> headers.allValues("x-one").add("x")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> headers.allValues("x-two").add("x")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> headers.map().put("x", Collections.emptyList()))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
