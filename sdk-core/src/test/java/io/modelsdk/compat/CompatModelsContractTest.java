package io.modelsdk.compat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import io.modelsdk.core.AsyncModels;
import io.modelsdk.core.Models;
import io.modelsdk.core.testing.CallCase;
import io.modelsdk.core.testing.ModelsContractTest;
import io.modelsdk.core.testing.VendorFixture;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** The test-only vendor passes the whole contract test, and keeps to the rules a vendor module keeps. */
class CompatModelsContractTest extends ModelsContractTest<CompatModel, Void> {
  private static final String MODEL = "{\"id\":\"%s\",\"object\":\"model\",\"created\":1700000000,\"owned_by\":\"me\"}";

  @Override
  protected VendorFixture<CompatModel, Void> fixture() {
    return new VendorFixture<CompatModel, Void>() {
      @Override
      public Client<CompatModel, Void> client(String baseUrl, String apiKey, io.modelsdk.core.Sleeper sleeper) {
        CompatClient c = CompatClient.builder().apiKey(apiKey).baseUrl(baseUrl + "/v1").sleeper(sleeper).build();
        Models<CompatModel, Void> models = c.models();
        AsyncModels<CompatModel, Void> async = c.asyncModels();
        return Client.of(models, async, c::close);
      }

      @Override
      public String openApiSpec() {
        return "compat/compat-models.openapi.yaml";
      }

      @Override
      public String vendor() {
        return "compat";
      }

      @Override
      public String listPath() {
        return "/v1/models";
      }

      @Override
      public String listBody() {
        return "{\"object\":\"list\",\"data\":[" + String.format(MODEL, "llama-3") + ","
            + String.format(MODEL, "qwen-2") + "]}";
      }

      @Override
      public List<String> listIds() {
        return Arrays.asList("llama-3", "qwen-2");
      }

      @Override
      public String retrievePath(String encodedId) {
        return "/v1/models/" + encodedId;
      }

      @Override
      public String retrieveBody() {
        return String.format(MODEL, "llama-3");
      }

      @Override
      public String retrieveId() {
        return "llama-3";
      }

      @Override
      public String deletePath(String encodedId) {
        return null;
      }

      @Override
      public String deleteBody() {
        return "";
      }

      @Override
      public String notFoundBody(String message) {
        return "{\"error\":{\"message\":\"" + message + "\",\"type\":\"invalid_request_error\"}}";
      }

      @Override
      public String authHeader() {
        return "Authorization";
      }

      @Override
      public String authValue(String apiKey) {
        return "Bearer " + apiKey;
      }

      @Override
      public String requestIdHeader() {
        return "x-request-id";
      }

      @Override
      public List<CallCase> extraCalls() {
        return Collections.singletonList(
            CallCase.of("create", CompatModelCreateParams.builder().id("mine").base("llama-3").build())
                .sends("POST", "/v1/models").withJson("{\"id\":\"mine\",\"from\":\"llama-3\"}")
                .answers(200, String.format(MODEL, "mine")).typedId("mine"));
      }
    };
  }

  /** This vendor lives in core's test sources, so its classes are test classes. */
  @Override
  protected JavaClasses vendorClasses() {
    return new ClassFileImporter().importPackages("io.modelsdk.compat");
  }
}
