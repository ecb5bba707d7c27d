package io.modelsdk.examples;

import io.modelsdk.atoma.AtomaClient;
import io.modelsdk.choreo.ChoreoClient;
import io.modelsdk.core.ClientBuilder;
import io.modelsdk.openai.OpenAiClient;
import io.modelsdk.root.RootClient;
import io.modelsdk.scale.ScaleClient;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The five vendors, by the name the demo and the CLI take ({@code --vendor openai}), with the
 * environment variable that holds each one's key and a way to open any of them as a {@link VendorClient}.
 */
public enum Vendor {
  OPENAI("openai", "OpenAI", "OPENAI_API_KEY") {
    @Override
    VendorClient build(boolean fromEnv, Consumer<ClientBuilder<?, ?>> settings) {
      OpenAiClient.Builder b = fromEnv ? OpenAiClient.builder().fromEnv() : OpenAiClient.builder();
      settings.accept(b);
      OpenAiClient c = b.build();
      return new VendorClient(this, c, c.models(), c.async().models());
    }
  },
  ATOMA("atoma", "Atoma", "ATOMASDK_BEARER_AUTH") {
    @Override
    VendorClient build(boolean fromEnv, Consumer<ClientBuilder<?, ?>> settings) {
      AtomaClient.Builder b = fromEnv ? AtomaClient.builder().fromEnv() : AtomaClient.builder();
      settings.accept(b);
      AtomaClient c = b.build();
      return new VendorClient(this, c, c.models(), c.async().models());
    }
  },
  SCALE("scale", "Scale GenAI Platform", "SGP_API_KEY") {
    @Override
    VendorClient build(boolean fromEnv, Consumer<ClientBuilder<?, ?>> settings) {
      ScaleClient.Builder b = fromEnv ? ScaleClient.builder().fromEnv() : ScaleClient.builder();
      settings.accept(b);
      ScaleClient c = b.build();
      return new VendorClient(this, c, c.models(), c.async().models());
    }
  },
  ROOT("root", "Root Signals", "ROOTSIGNALS_API_KEY") {
    @Override
    VendorClient build(boolean fromEnv, Consumer<ClientBuilder<?, ?>> settings) {
      RootClient.Builder b = fromEnv ? RootClient.builder().fromEnv() : RootClient.builder();
      settings.accept(b);
      RootClient c = b.build();
      return new VendorClient(this, c, c.models(), c.async().models());
    }
  },
  CHOREO("choreo", "ChoreoAI", "CHOREOAI_API_KEY") {
    @Override
    VendorClient build(boolean fromEnv, Consumer<ClientBuilder<?, ?>> settings) {
      ChoreoClient.Builder b = fromEnv ? ChoreoClient.builder().fromEnv() : ChoreoClient.builder();
      settings.accept(b);
      ChoreoClient c = b.build();
      return new VendorClient(this, c, c.models(), c.async().models());
    }
  };

  private final String id;
  private final String displayName;
  private final String keyVariable;

  Vendor(String id, String displayName, String keyVariable) {
    this.id = id;
    this.displayName = displayName;
    this.keyVariable = keyVariable;
  }

  abstract VendorClient build(boolean fromEnv, Consumer<ClientBuilder<?, ?>> settings);

  /** Opens a client configured from the vendor's usual environment variables, then {@code settings}. */
  public VendorClient fromEnv(Consumer<ClientBuilder<?, ?>> settings) {
    return build(true, settings);
  }

  /** Opens a client with an explicit key and base URL (the embedded mock, a self-hosted server). */
  public VendorClient connect(String baseUrl, String apiKey, Consumer<ClientBuilder<?, ?>> settings) {
    return build(false, b -> {
      b.baseUrl(baseUrl).apiKey(apiKey);
      settings.accept(b);
    });
  }

  /** The short name used on the command line: {@code openai}, {@code atoma}, ... */
  public String id() {
    return id;
  }

  /** The vendor's name for people. */
  public String displayName() {
    return displayName;
  }

  /** The environment variable that holds this vendor's key. */
  public String keyVariable() {
    return keyVariable;
  }

  /** The vendor for a short name, ignoring case. */
  public static Vendor of(String id) {
    for (Vendor v : values()) {
      if (v.id.equals(id.toLowerCase(Locale.ROOT))) {
        return v;
      }
    }
    throw new IllegalArgumentException("unknown vendor '" + id + "'; one of openai, atoma, scale, root, choreo");
  }
}
