package io.modelsdk.core;

import io.modelsdk.core.internal.ClientOptions;

/** For core's own tests, which drive the runtime directly: the checked settings of a builder. */
public final class TestOptions {
  private TestOptions() {}

  /** The settings {@code builder} holds, checked as {@code build()} checks them. */
  public static ClientOptions of(ClientBuilder<?, ?> builder) {
    return builder.options();
  }
}
