package io.modelsdk.examples;

import io.modelsdk.atoma.AtomaClient;
import io.modelsdk.choreo.ChoreoClient;
import io.modelsdk.core.ClientBuilder;
import io.modelsdk.openai.OpenAiClient;
import io.modelsdk.root.RootClient;
import io.modelsdk.scale.ScaleClient;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
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

  /**
   * Every name {@link #of} takes, as help texts list them: each vendor's id, then its aliases, which are
   * the names the vendors and the SDK call themselves ({@code rootsignals}, {@code choreoai}), those of
   * the vendors' own tools ({@code sgp}, {@code scale-gp}), and hyphenated spellings.
   */
  public static final String NAMES = "openai, atoma, scale (or sgp, scale-gp), root (or rootsignals, "
      + "root-signals), choreo (or choreoai)";

  private static final Map<String, Vendor> NAMED = new LinkedHashMap<>();

  static {
    for (Vendor v : values()) {
      NAMED.put(v.id, v);
    }
    alias(SCALE, "sgp", "scale-gp");
    alias(ROOT, "rootsignals", "root-signals");
    alias(CHOREO, "choreoai");
  }

  private static void alias(Vendor vendor, String... aliases) {
    for (String alias : aliases) {
      NAMED.put(alias, vendor);
    }
  }

  /** Every name {@link #of} takes, ids and aliases. */
  public static Iterable<String> names() {
    return Collections.unmodifiableSet(NAMED.keySet());
  }

  /** The vendor for its id or one of its aliases ({@link #NAMES}), ignoring case and surrounding spaces. */
  public static Vendor of(String name) {
    Vendor vendor = NAMED.get(name.trim().toLowerCase(Locale.ROOT));
    if (vendor == null) {
      throw new IllegalArgumentException("unknown vendor '" + name + "'; one of " + NAMES);
    }
    return vendor;
  }
}
