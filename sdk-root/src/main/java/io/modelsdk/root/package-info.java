/**
 * Root Signals' models API: start from {@link io.modelsdk.root.RootClient}.
 */
@SdkStyle
package io.modelsdk.root;

import io.modelsdk.core.spi.SdkStyle;
