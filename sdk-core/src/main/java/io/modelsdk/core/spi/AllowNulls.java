package io.modelsdk.core.spi;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Lets a map attribute of an Immutables value hold null values; Immutables recognizes the annotation by
 * its simple name. Every value type's {@code additionalProperties()} carries it: without it, an
 * unknown field sent as {@code null} (FastAPI sends unset optional fields so) would make the whole
 * model unreadable.
 */
@Target({ElementType.METHOD})
@Retention(RetentionPolicy.CLASS)
public @interface AllowNulls {}
