/** ChoreoAI wire types, endpoint declarations and the models implementation; not API. */
@SdkStyle
package io.modelsdk.choreo.internal;

import io.modelsdk.core.spi.SdkStyle;
