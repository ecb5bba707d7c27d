/**
 * One view of the models of every configured vendor: {@link io.modelsdk.catalog.ModelCatalog} lists
 * them all at once, in parallel, each vendor under its own deadline, and answers which vendors serve a
 * model id. Vendors are the clients given to its builder, or those found through
 * {@link java.util.ServiceLoader} whose key is in the environment.
 */
package io.modelsdk.catalog;
