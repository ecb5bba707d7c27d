package io.modelsdk.core.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBuilder;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.SettableBeanProperty;
import com.fasterxml.jackson.databind.deser.impl.MethodProperty;
import com.fasterxml.jackson.databind.deser.impl.NullsConstantProvider;
import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Calls the SDK's builder setters through method handles instead of {@code Method.invoke}, which
 * allocates an argument array for every field of every model Jackson reads (a third of what a listed
 * model cost). Only setters of the SDK's own classes are changed; a setter that cannot be looked up
 * keeps Jackson's reflection, and a setter's failure reaches Jackson as it would through reflection.
 *
 * <p>A present value of an {@code Optional} attribute goes straight to the builder's plain overload
 * ({@code ownedBy(String)} rather than {@code ownedBy(Optional)}), read by the deserializer the
 * {@code Optional}'s own would have used, and an integer of an {@code OptionalLong} attribute to
 * {@code created(long)}: the builder unwraps the {@code Optional} at once, so the wrapper was garbage.
 * JSON null, other tokens and customised deserializers take Jackson's usual path.
 */
final class HandleSetters extends BeanDeserializerModifier {
  private static final long serialVersionUID = 1L;
  private static final MethodType SETTER = MethodType.methodType(Object.class, Object.class, Object.class);
  private static final MethodType LONG_SETTER = MethodType.methodType(Object.class, Object.class, long.class);
  private static final String OPTIONAL_DESERIALIZER = "com.fasterxml.jackson.datatype.jdk8.OptionalDeserializer";
  private static final String OPTIONAL_LONG_DESERIALIZER = "com.fasterxml.jackson.datatype.jdk8.OptionalLongDeserializer";

  @Override
  public BeanDeserializerBuilder updateBuilder(
      DeserializationConfig config, BeanDescription description, BeanDeserializerBuilder builder) {
    if (!description.getBeanClass().getName().startsWith("io.modelsdk.")) {
      return builder;
    }
    List<SettableBeanProperty> faster = new ArrayList<>();
    for (Iterator<SettableBeanProperty> it = builder.getProperties(); it.hasNext(); ) {
      SettableBeanProperty property = it.next();
      if (property.getClass() == MethodProperty.class) {
        Method method = (Method) property.getMember().getMember();
        MethodHandle setter = handle(method, SETTER);
        if (setter != null) {
          faster.add(new Property(property, setter, unwrapped(method, property.getType())));
        }
      }
    }
    for (SettableBeanProperty property : faster) {
      builder.addOrReplaceProperty(property, true);
    }
    return builder;
  }

  private static MethodHandle handle(Method method, MethodType type) {
    try {
      return MethodHandles.publicLookup().unreflect(method).asType(type);
    } catch (IllegalAccessException | RuntimeException e) {
      return null; // not public: Jackson's reflection keeps it
    }
  }

  /** The builder's overload taking what {@code method}'s {@code Optional} holds, or null. */
  private static MethodHandle unwrapped(Method method, JavaType type) {
    Class<?> raw = type.getRawClass();
    Class<?> held = raw == Optional.class ? type.getReferencedType().getRawClass()
        : raw == OptionalLong.class ? long.class : null;
    if (held == null) {
      return null;
    }
    try {
      Method plain = method.getDeclaringClass().getMethod(method.getName(), held);
      return method.getReturnType().isAssignableFrom(plain.getReturnType())
          ? handle(plain, held == long.class ? LONG_SETTER : SETTER) : null;
    } catch (NoSuchMethodException e) {
      return null;
    }
  }

  /** A setter property calling its method through a handle. */
  static final class Property extends SettableBeanProperty.Delegating {
    private static final long serialVersionUID = 1L;
    private final transient MethodHandle setter;
    private final transient MethodHandle unwrapped;
    private final boolean skipNulls;
    private final boolean optional;
    private final boolean optionalLong;
    private transient volatile JsonDeserializer<Object> held;

    Property(SettableBeanProperty delegate, MethodHandle setter, MethodHandle unwrapped) {
      super(delegate);
      this.setter = setter;
      this.unwrapped = unwrapped;
      this.skipNulls = NullsConstantProvider.isSkipper(_nullProvider);
      String deserializer = delegate.hasValueDeserializer() && !delegate.hasValueTypeDeserializer()
          ? delegate.getValueDeserializer().getClass().getName() : "";
      this.optional = unwrapped != null && deserializer.equals(OPTIONAL_DESERIALIZER);
      this.optionalLong = unwrapped != null && deserializer.equals(OPTIONAL_LONG_DESERIALIZER);
    }

    @Override
    protected SettableBeanProperty withDelegate(SettableBeanProperty delegate) {
      return new Property(delegate, setter, unwrapped);
    }

    @Override
    public void deserializeAndSet(JsonParser p, DeserializationContext context, Object instance) throws IOException {
      deserializeSetAndReturn(p, context, instance);
    }

    @Override
    public Object deserializeSetAndReturn(JsonParser p, DeserializationContext context, Object instance)
        throws IOException {
      if (optionalLong && p.hasToken(JsonToken.VALUE_NUMBER_INT)) {
        long value = p.getLongValue();
        try {
          Object result = (Object) unwrapped.invokeExact(instance, value);
          return result == null ? instance : result;
        } catch (Throwable e) {
          _throwAsIOE(p, new InvocationTargetException(e), value);
          return null;
        }
      }
      if (optional && !p.hasToken(JsonToken.VALUE_NULL)) {
        JsonDeserializer<Object> deserializer = held(context);
        if (deserializer != null) {
          Object value = deserializer.deserialize(p, context);
          return value == null ? invoke(p, setter, instance, Optional.empty())
              : invoke(p, unwrapped, instance, value);
        }
      }
      if (skipNulls && p.hasToken(JsonToken.VALUE_NULL)) {
        return instance;
      }
      Object value = deserialize(p, context);
      if (value == null && skipNulls) {
        return instance;
      }
      return invoke(p, setter, instance, value);
    }

    /**
     * The deserializer of the value an {@code Optional} holds, found as the {@code Optional}'s own
     * finds it; null, so Jackson's usual path, where the held type is polymorphic.
     */
    private JsonDeserializer<Object> held(DeserializationContext context) throws JsonMappingException {
      JsonDeserializer<Object> deserializer = held;
      if (deserializer == null) {
        JavaType type = getType().getReferencedType();
        if (context.getFactory().findTypeDeserializer(context.getConfig(), type) != null) {
          return null;
        }
        deserializer = context.findContextualValueDeserializer(type, this);
        held = deserializer;
      }
      return deserializer;
    }

    @Override
    public void set(Object instance, Object value) throws IOException {
      invoke(null, setter, instance, value);
    }

    @Override
    public Object setAndReturn(Object instance, Object value) throws IOException {
      return invoke(null, setter, instance, value);
    }

    private Object invoke(JsonParser p, MethodHandle handle, Object instance, Object value) throws IOException {
      try {
        Object result = (Object) handle.invokeExact(instance, value);
        return result == null ? instance : result;
      } catch (Throwable e) {
        // as Method.invoke would have wrapped it, so that Jackson names the property and the path
        _throwAsIOE(p, new InvocationTargetException(e), value);
        return null;
      }
    }
  }
}
