/**
 * The exceptions of the SDK: {@link io.modelsdk.core.errors.SdkException} and its subclasses, one per
 * kind of failure, the same for every vendor.
 */
package io.modelsdk.core.errors;
