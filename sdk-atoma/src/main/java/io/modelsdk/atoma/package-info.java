/**
 * Atoma's models API (the Atoma proxy's {@code GET /v1/models}): start from
 * {@link io.modelsdk.atoma.AtomaClient}.
 */
@SdkStyle
package io.modelsdk.atoma;

import io.modelsdk.core.spi.SdkStyle;
