package io.modelsdk.core.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class RequestSpecTest {
  @Test
  void optionalQueryValuesAreSentWhenPresentAndLeftOutWhenEmpty() {
    RequestSpec r = new RequestSpec().path("models")
        .query("a", Optional.of("x")).query("b", Optional.empty())
        .query("c", OptionalInt.of(3)).query("d", OptionalInt.empty())
        .query("e", OptionalLong.of(4L)).query("f", OptionalLong.empty())
        .query("g", null).query("h", 5);
    assertThat(r.query()).containsExactly(
        java.util.Map.entry("a", "x"), java.util.Map.entry("c", "3"), java.util.Map.entry("e", "4"),
        java.util.Map.entry("h", "5"));
  }

  @Test
  void valuesMarkedSecretAreKeptInOrderAndANullIsIgnored() {
    RequestSpec r = new RequestSpec().secret("first-secret").secret(null).secret("second-secret");

    assertThat(r.secrets()).containsExactly("first-secret", "second-secret");
    assertThat(new RequestSpec().secrets()).isEmpty();
  }
}
