package io.modelsdk.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelsdk.core.errors.ApiException;
import io.modelsdk.core.errors.BadRequestException;
import io.modelsdk.core.errors.ErrorContext;
import io.modelsdk.core.fake.FakeClient;
import io.modelsdk.core.http.HttpHeaders;
import io.modelsdk.core.spi.ResponseData;
import io.modelsdk.core.spi.VendorProfile;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A vendor's own exception classes come before core's choice by status, and only where it says so. */
class ErrorClassifierTest {
  static final class ProviderMissing extends BadRequestException {
    ProviderMissing(ErrorContext c) {
      super(c);
    }
  }

  private static final VendorProfile VENDOR = FakeClient.PROFILE.withErrorClassifier(
      c -> c.details().code().filter("provider_not_configured"::equals).isPresent() ? new ProviderMissing(c) : null);

  private static ApiException map(String body) {
    return ErrorMapper.map(VENDOR, new ResponseData(400, HttpHeaders.empty(), body.getBytes(StandardCharsets.UTF_8)),
        1, null, new Redactor("sk-secret"));
  }

  @Test
  void theVendorsClassWinsForItsCode() {
    ApiException e = map("{\"error\":{\"message\":\"Provider anthropic is not configured\",\"code\":\"provider_not_configured\"}}");
    assertThat(e).isInstanceOf(ProviderMissing.class).isInstanceOf(BadRequestException.class);
    assertThat(e.vendorMessage()).hasValue("Provider anthropic is not configured");
  }

  @Test
  void otherErrorsKeepCoresClass() {
    assertThat(map("{\"error\":{\"message\":\"bad\",\"code\":\"invalid\"}}").getClass()).isEqualTo(BadRequestException.class);
  }
}
