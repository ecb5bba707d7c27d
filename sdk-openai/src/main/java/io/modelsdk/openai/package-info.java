/**
 * OpenAI's models API: start from {@link io.modelsdk.openai.OpenAiClient}.
 */
@SdkStyle
package io.modelsdk.openai;

import io.modelsdk.core.spi.SdkStyle;
