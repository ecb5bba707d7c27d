/**
 * Scale GenAI Platform's models API ({@code /v4/models}): start from {@link io.modelsdk.scale.ScaleClient}.
 */
@SdkStyle
package io.modelsdk.scale;

import io.modelsdk.core.spi.SdkStyle;
