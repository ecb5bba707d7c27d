package io.modelsdk.core.reliability;

import io.modelsdk.core.ClientBuilder;
import io.modelsdk.core.http.ClientOptions;

/** A builder exposing {@code options()}, so a test can pair any vendor profile with checked options. */
final class OptionsBuilder extends ClientBuilder<OptionsBuilder> {
  ClientOptions options() {
    return options("https://default.test", "set a key");
  }
}
