/** Root Signals wire types and endpoint declarations; not API. */
@SdkStyle
package io.modelsdk.root.internal;

import io.modelsdk.core.spi.SdkStyle;
