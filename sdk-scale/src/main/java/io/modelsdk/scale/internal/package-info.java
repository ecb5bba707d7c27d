/** Scale wire types, endpoint declarations and the models resource behind the public interfaces; not API. */
@SdkStyle
package io.modelsdk.scale.internal;

import io.modelsdk.core.spi.SdkStyle;
