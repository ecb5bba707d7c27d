package io.modelsdk.core.internal;

import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.deser.KeyDeserializers;
import com.fasterxml.jackson.databind.deser.ValueInstantiators;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.Serializers;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@link JavaTimeModule} registers when it is set up, recorded instead of applied, each list with
 * the latest registration first (the order in which Jackson consults them). Any other call the module
 * makes on its set-up context fails loudly, so that a Jackson upgrade that changes the set-up cannot be
 * half-applied in silence.
 */
final class TimeRegistrations {
  final List<Deserializers> deserializers = new ArrayList<>();
  final List<KeyDeserializers> keyDeserializers = new ArrayList<>();
  final List<Serializers> serializers = new ArrayList<>();
  final List<Serializers> keySerializers = new ArrayList<>();
  final List<BeanDeserializerModifier> deserializerModifiers = new ArrayList<>();
  final List<BeanSerializerModifier> serializerModifiers = new ArrayList<>();
  final List<ValueInstantiators> instantiators = new ArrayList<>();

  private TimeRegistrations() {}

  /** Sets up a new {@link JavaTimeModule} against a recording context. */
  static TimeRegistrations record() {
    TimeRegistrations r = new TimeRegistrations();
    Module.SetupContext context = (Module.SetupContext) Proxy.newProxyInstance(
        TimeRegistrations.class.getClassLoader(), new Class<?>[] {Module.SetupContext.class},
        (proxy, method, args) -> {
          Object arg = args != null && args.length == 1 ? args[0] : null;
          switch (method.getName()) {
            case "addDeserializers": return r.add(r.deserializers, (Deserializers) arg);
            case "addKeyDeserializers": return r.add(r.keyDeserializers, (KeyDeserializers) arg);
            case "addSerializers": return r.add(r.serializers, (Serializers) arg);
            case "addKeySerializers": return r.add(r.keySerializers, (Serializers) arg);
            case "addBeanDeserializerModifier":
              return r.add(r.deserializerModifiers, (BeanDeserializerModifier) arg);
            case "addBeanSerializerModifier": return r.add(r.serializerModifiers, (BeanSerializerModifier) arg);
            case "addValueInstantiators": return r.add(r.instantiators, (ValueInstantiators) arg);
            default:
              throw new IllegalStateException("JavaTimeModule called SetupContext." + method.getName()
                  + ", which the SDK's lazy java.time set-up does not handle");
          }
        });
    new JavaTimeModule().setupModule(context);
    return r;
  }

  private <T> Object add(List<T> list, T registration) {
    if (registration != null) {
      list.add(0, registration);
    }
    return null;
  }
}
