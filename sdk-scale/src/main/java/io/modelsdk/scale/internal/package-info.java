/** Scale's list envelope and endpoint declarations, from which core implements the public interfaces; not API. */
@SdkStyle
package io.modelsdk.scale.internal;

import io.modelsdk.core.spi.SdkStyle;
