package io.modelsdk.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelsdk.core.errors.ApiException;
import io.modelsdk.core.errors.ErrorDetails;
import io.modelsdk.core.errors.UnprocessableEntityException;
import io.modelsdk.core.errors.ValidationError;
import io.modelsdk.core.http.HttpHeaders;
import io.modelsdk.core.spi.ResponseData;
import io.modelsdk.core.spi.VendorProfile;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import org.junit.jupiter.api.Test;

/** F1 at unit level: {@link ErrorMapper} takes the key out of every field a server could echo it in. */
class ErrorMapperRedactionTest {
  private static final String KEY = "sk-test-canary-123456";
  private static final Redactor REDACTOR = new Redactor(KEY);

  private static ApiException map(int status, ErrorDetails details, String body) {
    VendorProfile vendor = VendorProfile.of("acme", "https://acme.test", VendorProfile.bearer(), null, r -> details);
    return ErrorMapper.map(vendor, new ResponseData(status, HttpHeaders.empty(), body.getBytes(StandardCharsets.UTF_8)),
        1, null, REDACTOR);
  }

  @Test
  void everyDetailFieldIsRedacted() {
    ErrorDetails echoed = ErrorDetails.builder().message("bad key " + KEY).code("code-" + KEY).type("type-" + KEY)
        .param(KEY)
        .validationErrors(Collections.singletonList(
            new ValidationError(Arrays.asList("header", KEY), "value " + KEY + " is invalid", "t-" + KEY)))
        .build();

    ApiException e = map(422, echoed, "{}");

    assertThat(e).isInstanceOf(UnprocessableEntityException.class);
    assertThat(e.getMessage()).doesNotContain(KEY).contains("bad key [redacted]").contains("code=code-[redacted]");
    assertThat(e.vendorMessage()).hasValue("bad key [redacted]");
    assertThat(e.vendorCode()).hasValue("code-[redacted]");
    assertThat(e.vendorType()).hasValue("type-[redacted]");
    assertThat(e.vendorParam()).hasValue("[redacted]");
    ValidationError v = ((UnprocessableEntityException) e).validationErrors().get(0);
    assertThat(v.location()).containsExactly("header", "[redacted]");
    assertThat(v.message()).isEqualTo("value [redacted] is invalid");
    assertThat(v.type()).isEqualTo("t-[redacted]");
  }

  @Test
  void aKeyStraddlingTheBodyCutLeavesNoPrefixBehind() {
    String body = "x".repeat(8 * 1024 - 7) + KEY + " trailing";

    ApiException e = map(500, ErrorDetails.empty(), body);

    assertThat(e.body()).hasSize(8 * 1024).doesNotContain("sk-test");
    assertThat(e.getMessage()).doesNotContain("sk-test");
  }

  @Test
  void aBodyWithoutTheKeyIsShownAsIs() {
    ApiException e = map(404, ErrorDetails.empty(), "{\"detail\":\"Not Found\"}");

    assertThat(e.body()).isEqualTo("{\"detail\":\"Not Found\"}");
    assertThat(e.getMessage()).isEqualTo("acme answered 404: {\"detail\":\"Not Found\"}");
  }
}
