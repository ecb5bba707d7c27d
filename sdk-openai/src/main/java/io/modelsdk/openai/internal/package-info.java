/** OpenAI wire types and endpoint declarations; not API. */
@SdkStyle
package io.modelsdk.openai.internal;

import io.modelsdk.core.spi.SdkStyle;
