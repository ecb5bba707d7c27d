package io.modelsdk.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The SDK's mapper sets up {@code java.time} support only when it first meets a {@code java.time} type,
 * and then reads and writes exactly as the same mapper with {@link JavaTimeModule} registered up front.
 */
class LazyJavaTimeTest {
  /** The SDK's mapper with the real module registered last, so that it answers before the lazy one. */
  private static final ObjectMapper EAGER = Json.mapper().copy().registerModule(new JavaTimeModule());
  private static final ObjectMapper LAZY = Json.mapper();

  static Stream<Object> values() {
    return Stream.of(Instant.parse("2024-03-01T10:15:30.123Z"), OffsetDateTime.parse("2024-03-01T10:15:30+02:00"),
        ZonedDateTime.parse("2024-03-01T10:15:30+01:00"), Duration.ofMillis(90_500),
        LocalDateTime.parse("2024-03-01T10:15:30"), LocalDate.parse("2025-02-27"), LocalTime.parse("10:15:30"),
        MonthDay.of(2, 29), OffsetTime.parse("10:15:30+02:00"), Period.of(1, 2, 3), Year.of(2024),
        YearMonth.of(2024, 3), ZoneId.of("Europe/Paris"), ZoneOffset.ofHours(-5), Month.MARCH, DayOfWeek.FRIDAY);
  }

  @ParameterizedTest
  @MethodSource("values")
  void writesAndReadsEveryTimeTypeAsTheModuleDoes(Object value) throws Exception {
    String json = EAGER.writeValueAsString(value);
    assertThat(LAZY.writeValueAsString(value)).isEqualTo(json);
    Class<?> type = value instanceof ZoneId ? ZoneId.class : value.getClass();
    assertThat(LAZY.readValue(json, type)).isEqualTo(EAGER.readValue(json, type)).isEqualTo(value);
  }

  @Test
  void readsNumericAndArrayFormsAsTheModuleDoes() throws Exception {
    assertSameRead("1700000000.5", Instant.class);
    assertSameRead("1700000000", OffsetDateTime.class);
    assertSameRead("[2024,1,2]", LocalDate.class);
    assertSameRead("[2024,1,2,3,4,5]", LocalDateTime.class);
    assertSameRead("90.5", Duration.class);
    assertSameRead("\"2024-01-02T03:04:05\"", Instant.class);
    assertSameRead("\"not a date\"", LocalDate.class);
    assertSameRead("3", Month.class);
    assertSameRead("19000", LocalDate.class);
    assertSameRead("\"2024-01-02T00:00:00\"", LocalDate.class);
    assertSameRead("\"2024-01-02T23:00:00Z\"", LocalDate.class);
    assertSameRead("\"\"", LocalDate.class);
    assertSameRead("\" 2024-01-02 \"", LocalDate.class);
    assertSameRead("{}", LocalDate.class);
    assertSameRead("[2024,13,2]", LocalDate.class);
  }

  @Test
  void timeTypesInsideContainersBeansAndMapKeys() throws Exception {
    Map<LocalDate, Instant> byDay = new LinkedHashMap<>();
    byDay.put(LocalDate.parse("2024-01-02"), Instant.parse("2024-01-02T00:00:00Z"));
    Holder holder = new Holder();
    holder.day = Optional.of(LocalDate.parse("2025-02-27"));
    holder.times = Arrays.asList(OffsetDateTime.parse("2024-03-01T10:15:30Z"));
    holder.byDay = byDay;
    holder.zones = new ZoneId[] {ZoneId.of("UTC"), ZoneOffset.UTC};

    String json = EAGER.writeValueAsString(holder);
    assertThat(LAZY.writeValueAsString(holder)).isEqualTo(json).contains("\"2025-02-27\"", "\"2024-01-02\":");
    Holder read = LAZY.readValue(json, Holder.class);
    assertThat(LAZY.writeValueAsString(read)).isEqualTo(json);
    JavaType mapType = LAZY.getTypeFactory().constructType(new TypeReference<Map<YearMonth, Duration>>() {});
    String mapJson = "{\"2024-03\":\"PT1S\"}";
    assertThat((Object) LAZY.readValue(mapJson, mapType)).isEqualTo(EAGER.readValue(mapJson, mapType));
  }

  @Test
  void isSetUpOnlyWhenATimeTypeOtherThanLocalDateIsMet() throws Exception {
    LazyJavaTime lazy = new LazyJavaTime();
    ObjectMapper mapper = JsonMapper.builder().addModule(new Jdk8Module()).addModule(lazy)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
    mapper.readValue("{\"day\":null,\"n\":1}", Map.class);
    mapper.readValue("{\"id\":\"m\",\"tags\":[\"a\"]}", Plain.class);
    mapper.writeValueAsString(new Plain());
    Dated dated = mapper.readValue("{\"day\":\"2025-02-27\",\"byDay\":{\"2025-02-27\":1}}", Dated.class);
    assertThat(dated.day).contains(LocalDate.parse("2025-02-27"));
    assertThat(mapper.writeValueAsString(dated.day)).isEqualTo("\"2025-02-27\"");
    assertThat(lazy.isSetUp()).isFalse();

    assertThat(mapper.readValue("\"PT1S\"", Duration.class)).isEqualTo(Duration.ofSeconds(1));
    assertThat(lazy.isSetUp()).isTrue();
  }

  private static void assertSameRead(String json, Class<?> type) {
    assertThat(outcome(LAZY, json, type)).isEqualTo(outcome(EAGER, json, type));
  }

  private static String outcome(ObjectMapper mapper, String json, Class<?> type) {
    try {
      return "value " + mapper.readValue(json, type);
    } catch (Exception e) {
      return e.getClass().getName() + ": " + e.getMessage().replaceAll("\\(through reference chain.*", "");
    }
  }

  /** A bean with {@code java.time} values in an {@code Optional}, a list, map keys and values, an array. */
  public static final class Holder {
    public Optional<LocalDate> day = Optional.empty();
    public List<OffsetDateTime> times;
    public Map<LocalDate, Instant> byDay;
    public ZoneId[] zones;
  }

  /** A bean with {@code LocalDate}s only, as the SDK's models have. */
  public static final class Dated {
    public Optional<LocalDate> day = Optional.empty();
    public Map<LocalDate, Integer> byDay;
  }

  /** A bean without any {@code java.time} type. */
  public static final class Plain {
    public String id = "m";
    public List<String> tags = Arrays.asList("a", "b");
  }
}
