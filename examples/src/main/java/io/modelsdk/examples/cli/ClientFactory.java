package io.modelsdk.examples.cli;

import io.modelsdk.core.ClientBuilder;
import io.modelsdk.examples.Vendor;
import io.modelsdk.examples.VendorClient;
import io.modelsdk.openai.OpenAiClient;
import io.modelsdk.scale.ScaleClient;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Opens the client the {@code models} command calls: one vendor, its key read from that vendor's
 * environment variable (never from the command line, which would leave it in the shell history), the
 * base URL from {@code --base-url} or the vendor's base-URL variable, and the timeout and retries given.
 *
 * <p>The environment is read only through the {@code env} function, so tests pass a map. An explicit
 * endpoint ({@link #connectingTo(String, String)}) replaces the environment's key and base URL: that is
 * where an in-process mock of every vendor plugs in.
 */
public final class ClientFactory {
  private final Vendor vendor;
  private final String baseUrlOverride;
  private final Duration timeout;
  private final Integer maxRetries;
  private final Function<String, String> env;
  private final String endpointUrl;
  private final String endpointKey;
  private final boolean allowInsecureHttp;

  /**
   * A factory reading the key and base URL from {@code env}.
   *
   * @param vendor the vendor to call
   * @param baseUrlOverride the base URL to use instead of the environment's, or null
   * @param timeout the timeout of each attempt, or null for the SDK's default
   * @param maxRetries the retries after the first attempt, or null for the SDK's default
   * @param env looks up an environment variable, answering null when it is unset
   */
  public ClientFactory(Vendor vendor, String baseUrlOverride, Duration timeout, Integer maxRetries,
      Function<String, String> env) {
    this(vendor, baseUrlOverride, timeout, maxRetries, env, null, null, false);
  }

  private ClientFactory(Vendor vendor, String baseUrlOverride, Duration timeout, Integer maxRetries,
      Function<String, String> env, String endpointUrl, String endpointKey, boolean allowInsecureHttp) {
    this.vendor = Objects.requireNonNull(vendor, "vendor == null");
    this.baseUrlOverride = baseUrlOverride;
    this.timeout = timeout;
    this.maxRetries = maxRetries;
    this.env = Objects.requireNonNull(env, "env == null");
    this.endpointUrl = endpointUrl;
    this.endpointKey = endpointKey;
    this.allowInsecureHttp = allowInsecureHttp;
  }

  /**
   * The same factory calling {@code baseUrl} with {@code apiKey} whatever the environment and
   * {@code --base-url} say, such as an in-process mock server.
   */
  public ClientFactory connectingTo(String baseUrl, String apiKey) {
    return new ClientFactory(vendor, baseUrlOverride, timeout, maxRetries, env,
        Objects.requireNonNull(baseUrl, "baseUrl == null"), Objects.requireNonNull(apiKey, "apiKey == null"),
        allowInsecureHttp);
  }

  /**
   * The same factory, allowing a plain {@code http://} base URL to a host other than the loopback (a
   * self-hosted proxy on a trusted network); the key then travels in clear.
   */
  public ClientFactory allowInsecureHttp(boolean allow) {
    return new ClientFactory(vendor, baseUrlOverride, timeout, maxRetries, env, endpointUrl, endpointKey, allow);
  }

  /** The vendor this factory opens clients for. */
  public Vendor vendor() {
    return vendor;
  }

  /** Looks up an environment variable through the injected environment; null when unset or blank. */
  public String variable(String name) {
    String value = env.apply(name);
    return value == null || value.trim().isEmpty() ? null : value.trim();
  }

  /**
   * Opens the client. No request is made.
   *
   * @throws CliException if the vendor's key variable is not set
   * @throws IllegalArgumentException if a setting is malformed (a base URL, a timeout)
   * @throws IllegalStateException if the base URL is plain http to a host other than the loopback
   */
  public VendorClient open() {
    String key = endpointKey != null ? endpointKey : variable(vendor.keyVariable());
    if (key == null) {
      throw new CliException(vendor.keyVariable() + " is not set: export it with your "
          + vendor.displayName() + " API key", CliException.FAILURE);
    }
    String url = endpointUrl != null ? endpointUrl
        : baseUrlOverride != null ? baseUrlOverride
        : variable(vendor.baseUrlVariable());
    Consumer<ClientBuilder<?, ?>> settings = this::configure;
    try {
      if (url != null) {
        return vendor.connect(url, key, settings);
      }
      // No base URL anywhere: the vendor's public one. Only fromEnv() leaves it at the SDK's default; it
      // reads the real environment too, which is the one `env` reads outside tests.
      return vendor.fromEnv(b -> {
        b.apiKey(key);
        configure(b);
      });
    } catch (IllegalStateException e) {
      // The builder refusing plain http names its own setter; name the option that sets it instead.
      String message = String.valueOf(e.getMessage());
      if (message.contains("allowInsecureHttp(true)")) {
        throw new CliException(message.replace("allowInsecureHttp(true)", "--allow-insecure-http"),
            CliException.FAILURE);
      }
      throw e;
    }
  }

  private void configure(ClientBuilder<?, ?> b) {
    b.allowInsecureHttp(allowInsecureHttp);
    if (timeout != null) {
      b.timeout(timeout);
    }
    if (maxRetries != null) {
      b.maxRetries(maxRetries);
    }
    if (b instanceof OpenAiClient.Builder) {
      OpenAiClient.Builder openai = (OpenAiClient.Builder) b;
      String org = variable("OPENAI_ORG_ID");
      if (org != null) {
        openai.organization(org);
      }
      String project = variable("OPENAI_PROJECT_ID");
      if (project != null) {
        openai.project(project);
      }
    } else if (b instanceof ScaleClient.Builder) {
      String account = variable("SGP_ACCOUNT_ID");
      if (account != null) {
        ((ScaleClient.Builder) b).accountId(account);
      }
    }
  }
}
