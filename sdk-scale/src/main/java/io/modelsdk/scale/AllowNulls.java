package io.modelsdk.scale;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Lets a map attribute of an Immutables value hold null values (Immutables recognizes the annotation
 * by its simple name). Without it, an unknown field sent as {@code null} (FastAPI sends every unset
 * optional field so) would make the whole model unreadable.
 */
@Target({ElementType.METHOD})
@Retention(RetentionPolicy.CLASS)
@interface AllowNulls {}
