package io.modelsdk.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RequestOptionsTest {
  @Test
  void toBuilderKeepsEverySettingAndLeavesTheOriginalAlone() {
    RequestOptions base = RequestOptions.builder().timeout(Duration.ofSeconds(5)).maxRetries(1)
        .header("X-A", "1").queryParam("q", "v").build();
    RequestOptions derived = base.toBuilder().header("X-B", "2").maxRetries(0).build();

    assertThat(derived.timeout()).hasValue(Duration.ofSeconds(5));
    assertThat(derived.maxRetries()).hasValue(0);
    assertThat(derived.headers()).containsEntry("X-A", "1").containsEntry("X-B", "2");
    assertThat(derived.queryParams()).containsEntry("q", "v");
    assertThat(base.maxRetries()).hasValue(1);
    assertThat(base.headers()).doesNotContainKey("X-B");
    assertThat(RequestOptions.none().toBuilder().build().headers()).isEmpty();
  }
}
