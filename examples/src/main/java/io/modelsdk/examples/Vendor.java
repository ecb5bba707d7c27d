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
 * environment variables each one's {@code fromEnv()} reads and a way to open any of them as a
 * {@link VendorClient}.
 */
public enum Vendor {
  OPENAI("openai", "OpenAI", "openai", "OPENAI_API_KEY", "OPENAI_BASE_URL") {
    @Override
    VendorClient build(boolean fromEnv, Consumer<ClientBuilder<?, ?>> settings) {
      OpenAiClient.Builder b = fromEnv ? OpenAiClient.builder().fromEnv() : OpenAiClient.builder();
      settings.accept(b);
      OpenAiClient c = b.build();
      return new VendorClient(this, c, c.models(), c.async().models());
    }
  },
  ATOMA("atoma", "Atoma", "atoma", "ATOMASDK_BEARER_AUTH", "ATOMA_BASE_URL") {
    @Override
    VendorClient build(boolean fromEnv, Consumer<ClientBuilder<?, ?>> settings) {
      AtomaClient.Builder b = fromEnv ? AtomaClient.builder().fromEnv() : AtomaClient.builder();
      settings.accept(b);
      AtomaClient c = b.build();
      return new VendorClient(this, c, c.models(), c.async().models());
    }
  },
  SCALE("scale", "Scale GenAI Platform", "scale", "SGP_API_KEY", "SGP_CLIENT_BASE_URL") {
    @Override
    VendorClient build(boolean fromEnv, Consumer<ClientBuilder<?, ?>> settings) {
      ScaleClient.Builder b = fromEnv ? ScaleClient.builder().fromEnv() : ScaleClient.builder();
      settings.accept(b);
      ScaleClient c = b.build();
      return new VendorClient(this, c, c.models(), c.async().models());
    }
  },
  ROOT("root", "Root Signals", "rootsignals", "ROOTSIGNALS_API_KEY", "ROOTSIGNALS_API_URL") {
    @Override
    VendorClient build(boolean fromEnv, Consumer<ClientBuilder<?, ?>> settings) {
      RootClient.Builder b = fromEnv ? RootClient.builder().fromEnv() : RootClient.builder();
      settings.accept(b);
      RootClient c = b.build();
      return new VendorClient(this, c, c.models(), c.async().models());
    }
  },
  CHOREO("choreo", "ChoreoAI", "choreoai", "CHOREOAI_API_KEY", "CHOREOAI_BASE_URL") {
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
  private final String vendorName;
  private final String keyVariable;
  private final String baseUrlVariable;

  Vendor(String id, String displayName, String vendorName, String keyVariable, String baseUrlVariable) {
    this.id = id;
    this.displayName = displayName;
    this.vendorName = vendorName;
    this.keyVariable = keyVariable;
    this.baseUrlVariable = baseUrlVariable;
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

  /**
   * The SDK's name of the vendor, as {@code ModelsClient.vendorName()} and the model catalog give it:
   * {@code openai}, {@code atoma}, {@code scale}, {@code rootsignals}, {@code choreoai}.
   */
  public String vendorName() {
    return vendorName;
  }

  /** The environment variable that holds this vendor's key. */
  public String keyVariable() {
    return keyVariable;
  }

  /** The environment variable the vendor's {@code fromEnv()} reads its base URL from. */
  public String baseUrlVariable() {
    return baseUrlVariable;
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
