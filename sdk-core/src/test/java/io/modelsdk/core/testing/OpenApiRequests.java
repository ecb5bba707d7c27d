package io.modelsdk.core.testing;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.SimpleValidationReportFormat;
import com.atlassian.oai.validator.report.ValidationReport;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Checks the requests a vendor's tests sent through WireMock against the vendor's OpenAPI document:
 * method, path, query and header parameters, body and security. Built on the Atlassian
 * swagger-request-validator; its own WireMock module targets WireMock 2, so this class adapts WireMock
 * 3's logged requests to it.
 *
 * <p>Query parameters the document does not declare are errors (the validator ignores them by
 * default): a request the document does not allow must fail its test. Headers it does not declare
 * ({@code User-Agent}, {@code Idempotency-Key} ...) are allowed. Responses are not checked here, since
 * tests serve broken answers on purpose.
 *
 * <p>Each module's count of validated requests goes to {@code target/openapi-validated-requests.txt},
 * one line per document.
 */
public final class OpenApiRequests {
  private static final Map<String, OpenApiRequests> BY_RESOURCE = new ConcurrentHashMap<>();
  private static final Map<String, AtomicInteger> COUNTS = new ConcurrentHashMap<>();

  private final String resource;
  private final OpenApiInteractionValidator validator;

  private OpenApiRequests(String resource) {
    this.resource = resource;
    this.validator = OpenApiInteractionValidator.createFor(parse(resource))
        .withLevelResolver(LevelResolver.create()
            .withLevel("validation.request.parameter.query.unexpected", ValidationReport.Level.ERROR)
            .withLevel("validation.request.parameter.header.unexpected", ValidationReport.Level.IGNORE)
            .withLevel("validation.response", ValidationReport.Level.IGNORE)
            .build())
        .build();
  }

  /** The validator of the OpenAPI document at classpath {@code resource}, parsed once per test run. */
  public static OpenApiRequests of(String resource) {
    return BY_RESOURCE.computeIfAbsent(resource, OpenApiRequests::new);
  }

  /** The validator's messages for {@code request}, or null if the document allows it. */
  public String problems(LoggedRequest request) {
    ValidationReport report = validator.validateRequest(adapt(request));
    count(resource);
    return report.hasErrors()
        ? request.getMethod() + " " + request.getUrl() + " breaks " + resource + ":\n"
            + SimpleValidationReportFormat.getInstance().apply(report)
        : null;
  }

  /** Fails with the validator's messages if the document does not allow every one of {@code requests}. */
  public void assertAllowed(List<LoggedRequest> requests) {
    List<String> problems = new ArrayList<>();
    for (LoggedRequest r : requests) {
      String p = problems(r);
      if (p != null) {
        problems.add(p);
      }
    }
    if (!problems.isEmpty()) {
      throw new AssertionError(String.join("\n", problems));
    }
  }

  /** WireMock's logged request as the validator's: the raw path, decoded query values, headers, body. */
  static Request adapt(LoggedRequest r) {
    URI uri = URI.create(r.getUrl());
    SimpleRequest.Builder b = new SimpleRequest.Builder(r.getMethod().getName(), uri.getRawPath());
    String query = uri.getRawQuery();
    if (query != null && !query.isEmpty()) {
      for (String pair : query.split("&")) {
        int eq = pair.indexOf('=');
        String name = decode(eq < 0 ? pair : pair.substring(0, eq));
        b.withQueryParam(name, eq < 0 ? "" : decode(pair.substring(eq + 1)));
      }
    }
    for (HttpHeader h : r.getHeaders().all()) {
      b.withHeader(h.key(), h.values());
    }
    byte[] body = r.getBody();
    if (body != null && body.length > 0) {
      b.withBody(body);
    }
    return b.build();
  }

  private static String decode(String s) {
    try {
      return URLDecoder.decode(s, "UTF-8");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static synchronized void count(String resource) {
    COUNTS.computeIfAbsent(resource, k -> new AtomicInteger()).incrementAndGet();
    Path file = Paths.get("target", "openapi-validated-requests.txt");
    StringBuilder lines = new StringBuilder();
    COUNTS.forEach((spec, count) -> lines.append(count.get()).append(" requests validated against ")
        .append(spec).append('\n'));
    try {
      if (Files.isDirectory(file.getParent())) {
        Files.write(file, lines.toString().getBytes(StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      // the count is a report, not part of the test
    }
  }

  /**
   * The document, with its top-level {@code security} copied onto every operation that names none:
   * the validator checks only an operation's own requirements, while OpenAPI applies the top-level
   * ones to every operation that does not override them.
   */
  private static OpenAPI parse(String resource) {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    options.setResolveFully(true); // the validator reads a parameter's items by their own type, not through a $ref
    SwaggerParseResult result = new OpenAPIV3Parser().readContents(OpenApi30.of(read(resource)), null, options);
    OpenAPI api = result.getOpenAPI();
    if (api == null) {
      throw new IllegalArgumentException(resource + " is no OpenAPI document: " + result.getMessages());
    }
    if (api.getSecurity() != null) {
      api.getPaths().values().forEach(path -> path.readOperations().stream()
          .filter(op -> op.getSecurity() == null)
          .forEach(op -> op.setSecurity(api.getSecurity())));
    }
    return api;
  }

  private static String read(String resource) {
    try (InputStream in = OpenApiRequests.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no OpenAPI document on the classpath at " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
