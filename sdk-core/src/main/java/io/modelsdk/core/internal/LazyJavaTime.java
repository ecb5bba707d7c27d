package io.modelsdk.core.internal;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.deser.KeyDeserializers;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import com.fasterxml.jackson.databind.deser.ValueInstantiators;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.Serializers;
import com.fasterxml.jackson.core.util.JacksonFeatureSet;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.key.LocalDateKeyDeserializer;
import com.fasterxml.jackson.datatype.jsr310.ser.LocalDateSerializer;
import java.time.LocalDate;
import java.util.List;

/**
 * Jackson's {@link JavaTimeModule}, set up the first time the mapper meets a {@code java.time} type
 * rather than when the mapper is built. Setting it up initialises some sixty of its classes and the JDK's
 * date-time formatters, about 40 ms of a cold start, while the SDK's own models need it only for
 * OpenAI's {@code shutdown_date}. Every registration it makes is keyed on a {@code java.time} class, so
 * a gate that answers only for those classes, and then exactly as the module would, changes nothing else.
 * {@link LocalDate}, the one such type in the SDK's models, is answered with the module's own
 * (de)serializers for it without setting up the rest, since Jackson looks up a deserializer for every
 * property of a model when it first reads one, present in the payload or not.
 */
final class LazyJavaTime extends Module {
  private final Lazy<TimeRegistrations> time = new Lazy<>(TimeRegistrations::record);

  @Override
  public String getModuleName() {
    return "models-sdk-java-time";
  }

  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  @Override
  public void setupModule(SetupContext context) {
    context.addDeserializers(new Deserializing());
    context.addKeyDeserializers(new KeyDeserializing());
    context.addSerializers(new Serializing(false));
    context.addKeySerializers(new Serializing(true));
    context.addBeanDeserializerModifier(new DeserializerModifying());
    context.addBeanSerializerModifier(new SerializerModifying());
    context.addValueInstantiators(new Instantiating());
  }

  /**
   * Whether the whole module has been set up: only once a {@code java.time} type other than
   * {@code LocalDate} was met.
   */
  boolean isSetUp() {
    return time.isMade();
  }

  private static boolean isTime(Class<?> type) {
    return type.getName().startsWith("java.time.");
  }

  private static boolean isTime(JavaType type) {
    return isTime(type.getRawClass());
  }

  /** What the module registers for {@link LocalDate}, loaded only when a {@code LocalDate} is met. */
  private static final class LocalDates {
    static final JsonDeserializer<?> DESERIALIZER =
        LocalDateDeserializer.INSTANCE.withFeatures(JacksonFeatureSet.fromDefaults(JavaTimeFeature.values()));
  }

  private final class Deserializing extends Deserializers.Base {
    @Override
    public JsonDeserializer<?> findEnumDeserializer(Class<?> type, DeserializationConfig config,
        BeanDescription beanDesc) throws JsonMappingException {
      if (isTime(type)) {
        for (Deserializers d : time.get().deserializers) {
          JsonDeserializer<?> found = d.findEnumDeserializer(type, config, beanDesc);
          if (found != null) {
            return found;
          }
        }
      }
      return null;
    }

    @Override
    public JsonDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config,
        BeanDescription beanDesc) throws JsonMappingException {
      if (type.hasRawClass(LocalDate.class)) {
        return LocalDates.DESERIALIZER;
      }
      if (isTime(type)) {
        for (Deserializers d : time.get().deserializers) {
          JsonDeserializer<?> found = d.findBeanDeserializer(type, config, beanDesc);
          if (found != null) {
            return found;
          }
        }
      }
      return null;
    }

    @Override
    public boolean hasDeserializerFor(DeserializationConfig config, Class<?> valueType) {
      if (valueType == LocalDate.class) {
        return true;
      }
      if (isTime(valueType)) {
        for (Deserializers d : time.get().deserializers) {
          if (d.hasDeserializerFor(config, valueType)) {
            return true;
          }
        }
      }
      return false;
    }
  }

  private final class KeyDeserializing implements KeyDeserializers {
    @Override
    public KeyDeserializer findKeyDeserializer(JavaType type, DeserializationConfig config,
        BeanDescription beanDesc) throws JsonMappingException {
      if (type.hasRawClass(LocalDate.class)) {
        return LocalDateKeyDeserializer.INSTANCE;
      }
      if (isTime(type)) {
        for (KeyDeserializers d : time.get().keyDeserializers) {
          KeyDeserializer found = d.findKeyDeserializer(type, config, beanDesc);
          if (found != null) {
            return found;
          }
        }
      }
      return null;
    }
  }

  private final class Serializing extends Serializers.Base {
    private final boolean keys;

    Serializing(boolean keys) {
      this.keys = keys;
    }

    @Override
    public JsonSerializer<?> findSerializer(SerializationConfig config, JavaType type, BeanDescription beanDesc) {
      if (!keys && type.hasRawClass(LocalDate.class)) {
        return LocalDateSerializer.INSTANCE;
      }
      if (isTime(type)) {
        List<Serializers> all = keys ? time.get().keySerializers : time.get().serializers;
        for (Serializers s : all) {
          JsonSerializer<?> found = s.findSerializer(config, type, beanDesc);
          if (found != null) {
            return found;
          }
        }
      }
      return null;
    }
  }

  private final class DeserializerModifying extends BeanDeserializerModifier {
    @Override
    public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
        BeanDescription beanDesc, JsonDeserializer<?> deserializer) {
      JsonDeserializer<?> d = deserializer;
      if (isTime(type)) {
        for (BeanDeserializerModifier m : time.get().deserializerModifiers) {
          d = m.modifyEnumDeserializer(config, type, beanDesc, d);
        }
      }
      return d;
    }
  }

  private final class SerializerModifying extends BeanSerializerModifier {
    @Override
    public JsonSerializer<?> modifyEnumSerializer(SerializationConfig config, JavaType valueType,
        BeanDescription beanDesc, JsonSerializer<?> serializer) {
      JsonSerializer<?> s = serializer;
      if (isTime(valueType)) {
        for (BeanSerializerModifier m : time.get().serializerModifiers) {
          s = m.modifyEnumSerializer(config, valueType, beanDesc, s);
        }
      }
      return s;
    }
  }

  private final class Instantiating extends ValueInstantiators.Base {
    @Override
    public ValueInstantiator findValueInstantiator(DeserializationConfig config, BeanDescription beanDesc,
        ValueInstantiator defaultInstantiator) {
      ValueInstantiator v = defaultInstantiator;
      if (isTime(beanDesc.getBeanClass())) {
        for (ValueInstantiators i : time.get().instantiators) {
          v = i.findValueInstantiator(config, beanDesc, v);
        }
      }
      return v;
    }
  }
}
