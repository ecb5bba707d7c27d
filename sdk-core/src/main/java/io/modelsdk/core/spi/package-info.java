/**
 * The one seam vendor modules build on: everything a vendor module may use besides core's public API.
 *
 * <p>A vendor declares each HTTP call once as an {@link io.modelsdk.core.spi.Endpoint} (or a
 * {@link io.modelsdk.core.spi.ListEndpoint} for lists), binds every operation to the interface methods
 * users call in a {@link io.modelsdk.core.spi.ModelsDefinition}, and describes itself (base URL, how the
 * key is sent, its error envelope) in a {@link io.modelsdk.core.spi.VendorProfile}. Its client extends
 * {@link io.modelsdk.core.ModelsClient}, which implements the vendor's interfaces from the declaration in
 * every calling mode; its value types carry {@link io.modelsdk.core.spi.SdkStyle}.
 *
 * <p>A vendor module imports neither {@code io.modelsdk.core.internal} nor OkHttp nor another vendor;
 * the contract test checks this. {@code docs/adding-a-vendor.md} in the repository walks through a whole
 * vendor.
 */
package io.modelsdk.core.spi;
