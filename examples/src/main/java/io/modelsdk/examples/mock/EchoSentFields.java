package io.modelsdk.examples.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;

/**
 * Answers a create with the documented payload in which every field the request sent replaces the
 * payload's own, so a client sees the model it asked for (its name, not the example's). Only fields the
 * payload already has are taken: a secret the request carries, such as Root Signals' {@code default_key},
 * is never echoed.
 */
final class EchoSentFields implements ResponseDefinitionTransformerV2 {
  /** The name stubs ask for with {@code withTransformers}. */
  static final String NAME = "echo-sent-fields";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public boolean applyGlobally() {
    return false;
  }

  @Override
  public ResponseDefinition transform(ServeEvent serveEvent) {
    ResponseDefinition answer = serveEvent.getResponseDefinition();
    try {
      JsonNode sent = JSON.readTree(serveEvent.getRequest().getBodyAsString());
      JsonNode body = JSON.readTree(answer.getBody());
      if (!(sent instanceof ObjectNode) || !(body instanceof ObjectNode)) {
        return answer;
      }
      ObjectNode echoed = (ObjectNode) body;
      for (Iterator<Map.Entry<String, JsonNode>> it = sent.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        if (echoed.has(field.getKey())) {
          echoed.set(field.getKey(), field.getValue());
        }
      }
      return ResponseDefinitionBuilder.like(answer).withBody(echoed.toString()).build();
    } catch (IOException | RuntimeException e) {
      return answer; // not JSON: the documented payload as it is
    }
  }
}
