package io.modelsdk.core.spi;

import io.modelsdk.core.errors.ApiException;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What core needs to know about a vendor: its name, default base URL, how an API key becomes
 * credential headers, which header carries the request id, and how to read its error envelope.
 */
public final class VendorProfile {
  private final String name;
  private final String defaultBaseUrl;
  private final Function<String, Map<String, String>> credentials;
  private final String requestIdHeader;
  private final ErrorDecoder errorDecoder;
  private final ErrorClassifier errorClassifier;
  private final Predicate<ApiException> finalError;

  private VendorProfile(
      String name, String defaultBaseUrl, Function<String, Map<String, String>> credentials,
      String requestIdHeader, ErrorDecoder errorDecoder, ErrorClassifier errorClassifier,
      Predicate<ApiException> finalError) {
    this.name = Objects.requireNonNull(name, "name == null");
    this.defaultBaseUrl = Objects.requireNonNull(defaultBaseUrl, "defaultBaseUrl == null");
    this.credentials = Objects.requireNonNull(credentials, "credentials == null");
    this.requestIdHeader = requestIdHeader;
    this.errorDecoder = Objects.requireNonNull(errorDecoder, "errorDecoder == null");
    this.errorClassifier = Objects.requireNonNull(errorClassifier, "errorClassifier == null");
    this.finalError = Objects.requireNonNull(finalError, "finalError == null");
  }

  /**
   * Declares a vendor.
   *
   * @param credentials turns the API key into the headers that carry it; they are sent only to the
   *     base URL's origin and never shown
   * @param requestIdHeader the response header holding the request id, or null if the vendor has none
   */
  public static VendorProfile of(
      String name, String defaultBaseUrl, Function<String, Map<String, String>> credentials,
      String requestIdHeader, ErrorDecoder errorDecoder) {
    return new VendorProfile(name, defaultBaseUrl, credentials, requestIdHeader, errorDecoder, c -> null, e -> false);
  }

  /** The same vendor, with exceptions of its own for some errors. */
  public VendorProfile withErrorClassifier(ErrorClassifier classifier) {
    return new VendorProfile(name, defaultBaseUrl, credentials, requestIdHeader, errorDecoder, classifier,
        finalError);
  }

  /**
   * The same vendor, never retrying an error that {@code neverRetried} matches, whatever its status and
   * whatever {@code x-should-retry} says: an error that waiting cannot fix, such as a provider the
   * gateway has no key for, or a {@code 501 Not Implemented}. Errors are matched after
   * {@linkplain #withErrorClassifier classification}, so the predicate may test for a vendor's own
   * exception class.
   */
  public VendorProfile withFinalErrors(Predicate<ApiException> neverRetried) {
    return new VendorProfile(name, defaultBaseUrl, credentials, requestIdHeader, errorDecoder, errorClassifier,
        Objects.requireNonNull(neverRetried, "neverRetried == null"));
  }

  /** Credentials in {@code Authorization: Bearer <key>}. */
  public static Function<String, Map<String, String>> bearer() {
    return key -> Collections.singletonMap("Authorization", "Bearer " + key);
  }

  /** The vendor's name in lower case, such as {@code openai}. */
  public String name() {
    return name;
  }

  /** The base URL used when the user sets none. */
  public String defaultBaseUrl() {
    return defaultBaseUrl;
  }

  /** The credential headers for {@code apiKey}. */
  public Map<String, String> credentialHeaders(String apiKey) {
    return credentials.apply(apiKey);
  }

  /** The request-id response header, or null. */
  public String requestIdHeader() {
    return requestIdHeader;
  }

  /** The vendor's error envelope reader. */
  public ErrorDecoder errorDecoder() {
    return errorDecoder;
  }

  /** The vendor's own exceptions for some errors; answers null for the rest. */
  public ErrorClassifier errorClassifier() {
    return errorClassifier;
  }

  /** True if {@code error} is one this vendor never retries; see {@link #withFinalErrors}. */
  public boolean isFinal(ApiException error) {
    return finalError.test(error);
  }

  @Override
  public String toString() {
    return "VendorProfile{" + name + "}";
  }
}
