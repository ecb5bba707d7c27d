/** Atoma wire types and endpoint declarations; not API. */
@SdkStyle
package io.modelsdk.atoma.internal;

import io.modelsdk.core.spi.SdkStyle;
