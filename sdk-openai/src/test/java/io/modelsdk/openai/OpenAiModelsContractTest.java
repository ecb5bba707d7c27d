package io.modelsdk.openai;

import io.modelsdk.core.testing.ModelsContractTest;
import io.modelsdk.core.testing.VendorFixture;

/** OpenAI passes the contract every vendor module passes. */
class OpenAiModelsContractTest extends ModelsContractTest<OpenAiModel, OpenAiModelDeleted> {
  @Override
  protected VendorFixture<OpenAiModel, OpenAiModelDeleted> fixture() {
    return new OpenAiFixture();
  }
}
