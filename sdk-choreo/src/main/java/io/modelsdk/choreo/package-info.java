/**
 * The ChoreoAI gateway's models API: start from {@link io.modelsdk.choreo.ChoreoClient}.
 */
@SdkStyle
package io.modelsdk.choreo;

import io.modelsdk.core.spi.SdkStyle;
