package io.modelsdk.core.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JavaType;
import io.modelsdk.core.errors.ResponseParseException;
import io.modelsdk.core.errors.SdkException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Walks the item array of a JSON list envelope, parsing one item per {@link #next()}: memory stays at
 * one item whatever the list's length. Other top-level fields are skipped. An envelope without the item
 * array, with something else in its place, or with a null item is a parse failure, as it is when the
 * page is parsed whole, rather than an empty or holed list.
 */
final class StreamingItemIterator<T> implements Iterator<T> {
  private final InputStream body;
  private final String itemsField;
  private final JavaType itemType;
  private final int status;
  private final String contentType;
  private final Redactor redactor;
  private JsonParser parser;
  private boolean finished;
  private JsonToken peeked;
  private int index;

  StreamingItemIterator(InputStream body, String itemsField, JavaType itemType, int status, String contentType,
      Redactor redactor) {
    this.body = body;
    this.itemsField = itemsField;
    this.itemType = itemType;
    this.status = status;
    this.contentType = contentType;
    this.redactor = redactor;
  }

  @Override
  public boolean hasNext() {
    if (finished) {
      return false;
    }
    try {
      if (parser == null) {
        parser = Json.mapper().createParser(body);
        if (parser.nextToken() != JsonToken.START_OBJECT) {
          throw Json.parseFailure(new IOException("expected a JSON object"), status, contentType, "");
        }
        seekArray();
      }
      if (peeked == null) {
        peeked = parser.nextToken();
      }
      if (peeked == JsonToken.END_ARRAY) {
        return finish();
      }
      if (peeked == null) {
        throw Json.shapeFailure("the body ended inside the array", itemPath(), status, contentType, "");
      }
      if (peeked == JsonToken.VALUE_NULL) {
        throw Json.shapeFailure("the item is null", itemPath(), status, contentType, "");
      }
      return true;
    } catch (IOException | RuntimeException e) {
      throw failure(e, null);
    }
  }

  @Override
  public T next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    peeked = null;
    try {
      T item = Json.mapper().readValue(parser, itemType);
      index++;
      return item;
    } catch (IOException | RuntimeException e) {
      throw failure(e, itemPath());
    }
  }

  private String itemPath() {
    return itemsField + "[" + index + "]";
  }

  /** Moves the parser into the item array, or fails if the envelope has none. */
  private void seekArray() throws IOException {
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      JsonToken value = parser.nextToken();
      if (name.equals(itemsField)) {
        if (value != JsonToken.START_ARRAY) {
          throw Json.shapeFailure("expected an array, found " + value, itemsField, status, contentType, "");
        }
        return;
      }
      parser.skipChildren();
    }
    throw Json.shapeFailure("the list has no \"" + itemsField + "\" array", itemsField, status, contentType, "");
  }

  private boolean finish() {
    finished = true;
    try {
      if (parser != null) {
        parser.close();
      }
    } catch (IOException ignored) {
      // the response's close() releases the connection either way
    }
    return false;
  }

  private SdkException failure(Exception e, String pathPrefix) {
    finish();
    SdkException failure = Json.streamFailure(e, pathPrefix, status, contentType);
    return failure instanceof ResponseParseException
        ? redactor.redactFailure((ResponseParseException) failure)
        : failure;
  }

  @Override
  public String toString() {
    return "StreamingItemIterator{field=" + itemsField + "}";
  }
}
