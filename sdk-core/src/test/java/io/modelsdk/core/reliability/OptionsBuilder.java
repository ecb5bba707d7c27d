package io.modelsdk.core.reliability;

import io.modelsdk.core.ClientBuilder;
import io.modelsdk.core.TestOptions;
import io.modelsdk.core.internal.ClientOptions;
import io.modelsdk.core.spi.ErrorDecoders;
import io.modelsdk.core.spi.VendorProfile;

/** A builder of checked options alone, so a test can pair any vendor profile with them. */
final class OptionsBuilder extends ClientBuilder<OptionsBuilder, ClientOptions> {
  private static final VendorProfile ANY = VendorProfile.of("options", "https://default.test",
      VendorProfile.bearer(), null, ErrorDecoders.errorObject());

  OptionsBuilder() {
    super(ANY, "TEST_API_KEY", null, TestOptions::of);
  }

  ClientOptions options() {
    return build();
  }
}
