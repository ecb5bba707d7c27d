package io.modelsdk.core.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a test whose requests are not checked against the vendor's OpenAPI document, because the test
 * sends what the document does not allow on purpose (a parameter the user added, an id that is no
 * path segment ...). The reason says which.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface OffSpec {
  /** Why the test's requests break the document on purpose. */
  String value();
}
