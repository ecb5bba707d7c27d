package io.modelsdk.core.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JavaType;
import io.modelsdk.core.errors.SdkException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Walks the item array of a JSON list envelope, parsing one item per {@link #next()}: memory stays at
 * one item whatever the list's length. Other top-level fields are skipped.
 */
final class StreamingItemIterator<T> implements Iterator<T> {
  private final InputStream body;
  private final String itemsField;
  private final JavaType itemType;
  private final int status;
  private final String contentType;
  private JsonParser parser;
  private boolean finished;
  private JsonToken peeked;

  StreamingItemIterator(InputStream body, String itemsField, JavaType itemType, int status, String contentType) {
    this.body = body;
    this.itemsField = itemsField;
    this.itemType = itemType;
    this.status = status;
    this.contentType = contentType;
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
        if (!seekArray()) {
          return finish();
        }
      }
      if (peeked == null) {
        peeked = parser.nextToken();
      }
      if (peeked == JsonToken.END_ARRAY || peeked == null) {
        return finish();
      }
      return true;
    } catch (IOException | RuntimeException e) {
      throw failure(e);
    }
  }

  @Override
  public T next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    peeked = null;
    try {
      return Json.mapper().readValue(parser, itemType);
    } catch (IOException | RuntimeException e) {
      throw failure(e);
    }
  }

  private boolean seekArray() throws IOException {
    JsonToken t;
    while ((t = parser.nextToken()) == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      JsonToken value = parser.nextToken();
      if (name.equals(itemsField) && value == JsonToken.START_ARRAY) {
        return true;
      }
      parser.skipChildren();
    }
    return false;
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

  private SdkException failure(Exception e) {
    finish();
    return Json.streamFailure(e, status, contentType);
  }

  @Override
  public String toString() {
    return "StreamingItemIterator{field=" + itemsField + "}";
  }
}
