/** ChoreoAI wire types and endpoint declarations; not API. */
@SdkStyle
package io.modelsdk.choreo.internal;

import io.modelsdk.core.spi.SdkStyle;
