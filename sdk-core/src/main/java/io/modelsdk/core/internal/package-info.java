/**
 * Implementation of the core. Public only so that the core's packages can share it; not API, and
 * subject to change in any release.
 */
package io.modelsdk.core.internal;
