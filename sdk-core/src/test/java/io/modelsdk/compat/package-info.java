/**
 * A test-only vendor, "compat": an OpenAI-compatible server with list, retrieve and create. It uses
 * only core's public API and {@code io.modelsdk.core.spi}, as a vendor module must, and passes the whole
 * contract test; {@code docs/adding-a-vendor.md} walks through it.
 */
@SdkStyle
package io.modelsdk.compat;

import io.modelsdk.core.spi.SdkStyle;
