package io.modelsdk.core.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
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

/**
 * Calls the SDK's builder setters through method handles instead of {@code Method.invoke}, which
 * allocates an argument array for every field of every model Jackson reads (a third of what a listed
 * model cost). Only setters of the SDK's own classes are changed; a setter that cannot be looked up
 * keeps Jackson's reflection, and a setter's failure reaches Jackson as it would through reflection.
 */
final class HandleSetters extends BeanDeserializerModifier {
  private static final long serialVersionUID = 1L;
  private static final MethodType SETTER = MethodType.methodType(Object.class, Object.class, Object.class);

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
        MethodHandle setter = handle((Method) property.getMember().getMember());
        if (setter != null) {
          faster.add(new Property(property, setter));
        }
      }
    }
    for (SettableBeanProperty property : faster) {
      builder.addOrReplaceProperty(property, true);
    }
    return builder;
  }

  private static MethodHandle handle(Method method) {
    try {
      return MethodHandles.publicLookup().unreflect(method).asType(SETTER);
    } catch (IllegalAccessException | RuntimeException e) {
      return null; // not public: Jackson's reflection keeps it
    }
  }

  /** A setter property calling its method through a handle. */
  static final class Property extends SettableBeanProperty.Delegating {
    private static final long serialVersionUID = 1L;
    private final transient MethodHandle setter;
    private final boolean skipNulls;

    Property(SettableBeanProperty delegate, MethodHandle setter) {
      super(delegate);
      this.setter = setter;
      this.skipNulls = NullsConstantProvider.isSkipper(_nullProvider);
    }

    @Override
    protected SettableBeanProperty withDelegate(SettableBeanProperty delegate) {
      return new Property(delegate, setter);
    }

    @Override
    public void deserializeAndSet(JsonParser p, DeserializationContext context, Object instance) throws IOException {
      deserializeSetAndReturn(p, context, instance);
    }

    @Override
    public Object deserializeSetAndReturn(JsonParser p, DeserializationContext context, Object instance)
        throws IOException {
      if (skipNulls && p.hasToken(JsonToken.VALUE_NULL)) {
        return instance;
      }
      Object value = deserialize(p, context);
      if (value == null && skipNulls) {
        return instance;
      }
      return invoke(p, instance, value);
    }

    @Override
    public void set(Object instance, Object value) throws IOException {
      invoke(null, instance, value);
    }

    @Override
    public Object setAndReturn(Object instance, Object value) throws IOException {
      return invoke(null, instance, value);
    }

    private Object invoke(JsonParser p, Object instance, Object value) throws IOException {
      try {
        Object result = (Object) setter.invokeExact(instance, value);
        return result == null ? instance : result;
      } catch (Throwable e) {
        // as Method.invoke would have wrapped it, so that Jackson names the property and the path
        _throwAsIOE(p, new InvocationTargetException(e), value);
        return null;
      }
    }
  }
}
