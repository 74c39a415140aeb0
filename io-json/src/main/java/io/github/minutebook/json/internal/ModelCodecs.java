package io.github.minutebook.json.internal;

import io.github.minutebook.decision.VoteOption;
import io.github.minutebook.internal.shape.Cardinality;
import io.github.minutebook.internal.shape.ModelShapes;
import io.github.minutebook.internal.shape.PropertyShape;
import io.github.minutebook.internal.shape.TypeShape;
import io.github.minutebook.meeting.CouncilRecord;
import io.github.minutebook.meeting.DecisionRecord;
import io.github.minutebook.meeting.Meeting;
import io.github.minutebook.party.Body;
import io.github.minutebook.party.Party;
import io.github.minutebook.party.Person;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import static io.github.minutebook.json.internal.Scalars.BOOLEAN;
import static io.github.minutebook.json.internal.Scalars.CURRENCY_CODEC;
import static io.github.minutebook.json.internal.Scalars.DATE_CODEC;
import static io.github.minutebook.json.internal.Scalars.DATE_TIME_CODEC;
import static io.github.minutebook.json.internal.Scalars.DECIMAL_STRING;
import static io.github.minutebook.json.internal.Scalars.INSTANT_CODEC;
import static io.github.minutebook.json.internal.Scalars.INTEGER;
import static io.github.minutebook.json.internal.Scalars.MONTH_DAY_CODEC;
import static io.github.minutebook.json.internal.Scalars.PERIOD_CODEC;
import static io.github.minutebook.json.internal.Scalars.TEXT;
import static io.github.minutebook.json.internal.Scalars.TIME_CODEC;
import static io.github.minutebook.json.internal.Scalars.ZONE;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;


/**
 * The JSON form of every type of the model, derived once from the model's shapes ({@link
 * ModelShapes}, generated from the model types and their Javadoc): a property's wire name is its
 * accessor's name, its description the accessor's Javadoc, its codec follows from its Java type.
 * docs/json-format.md and the JSON Schema are generated from these codecs.
 *
 * <p>What the shapes cannot say is written here, once: the format's discriminators ({@code
 * "minutebook"} and {@code "type"} on a document, {@code "type"} on a person or a body), the codec of each Java
 * type, and the few properties whose schema says more than their type ({@link #OVERRIDES}). A
 * test names any override that no longer matches a property.
 */
public final class ModelCodecs {
  /** The format version written at the root of every document. */
  public static final String FORMAT_VERSION = "3.0";

  /** The property that carries the format version, first in every document. */
  public static final String VERSION_PROPERTY = "minutebook";

  private ModelCodecs() {}

  /** The codec of each Java type that is not a type of the model. */
  private static final Map<Class<?>, Codec<?>> SCALARS = Map.ofEntries(
      Map.entry(String.class, TEXT),
      Map.entry(Boolean.class, BOOLEAN),
      Map.entry(Integer.class, INTEGER),
      Map.entry(BigDecimal.class, DECIMAL_STRING),
      Map.entry(LocalDate.class, DATE_CODEC),
      Map.entry(LocalTime.class, TIME_CODEC),
      Map.entry(Instant.class, INSTANT_CODEC),
      Map.entry(OffsetDateTime.class, DATE_TIME_CODEC),
      Map.entry(Period.class, PERIOD_CODEC),
      Map.entry(MonthDay.class, MONTH_DAY_CODEC),
      Map.entry(ZoneId.class, ZONE),
      Map.entry(Currency.class, CURRENCY_CODEC));

  /** A year of a financial year: read as any whole number; the schema says the range FinancialYear's check allows. */
  public static final Codec<Integer> YEAR = narrowed(INTEGER, schema -> schema
      .put("minimum", java.time.Year.MIN_VALUE + 1).put("maximum", java.time.Year.MAX_VALUE - 1));

  /** The day a financial year starts: read as any day; the schema says FinancialYear's check refuses 29 February. */
  public static final Codec<MonthDay> YEAR_START = narrowed(MONTH_DAY_CODEC, schema -> schema
      .put("not", new LinkedHashMap<>(Map.of("const", "--02-29"))));

  /** Counts by vote option: an object whose keys are vote options and whose values are whole numbers. */
  public static final Codec<Map<VoteOption, Integer>> COUNTS = new Codec<>() {
    @Override
    public Map<VoteOption, Integer> read(JsonParser p) {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        throw Decoding.expected(p, "an object of counts by vote option");
      }
      Map<VoteOption, Integer> counts = new LinkedHashMap<>();
      for (String name = p.nextName(); name != null; name = p.nextName()) {
        VoteOption option = null;
        for (VoteOption candidate : VoteOption.values()) {
          if (Scalars.name(candidate).equals(name)) {
            option = candidate;
          }
        }
        if (option == null) {
          throw Decoding.error(p, Decoding.quote(name) + " is not a vote option");
        }
        if (counts.containsKey(option)) {
          throw Decoding.error(p, "duplicate vote option \"" + name + "\"");
        }
        p.nextToken();
        int count = INTEGER.read(p);
        if (count < 0) {
          throw Decoding.error(p, "a vote count cannot be negative: " + count);
        }
        counts.put(option, count);
      }
      return counts;
    }

    @Override
    public void write(Map<VoteOption, Integer> value, JsonGenerator g) {
      g.writeStartObject();
      for (VoteOption option : VoteOption.values()) { // in code-list order, whatever the map's order
        Integer count = value.get(option);
        if (count != null) {
          g.writeName(Scalars.name(option));
          g.writeNumber(count);
        }
      }
      g.writeEndObject();
    }

    @Override
    public Schema schema() {
      Map<String, Object> properties = new LinkedHashMap<>();
      for (VoteOption option : VoteOption.values()) {
        properties.put(Scalars.name(option), Schema.integer(0, Integer.MAX_VALUE).keywords());
      }
      return Schema.of().put("type", "object").put("properties", properties).put("additionalProperties", false);
    }
  };

  /**
   * Properties whose codec says more than their Java type: keyed by {@code Type.property}. Each
   * must name a property of the model ({@code ModelShapeCoverageTest} checks).
   */
  public static final Map<String, Codec<?>> OVERRIDES = Map.of(
      "FinancialYear.firstYear", YEAR,
      "FinancialYear.lastYear", YEAR,
      "FinancialYear.yearStart", YEAR_START,
      "Vote.counts", COUNTS);

  /** A constant property written first in some types: its name and value. */
  private record Discriminator(String property, String value) {}

  /** The constant properties each type starts with, in order. */
  private static final Map<Class<?>, List<Discriminator>> DISCRIMINATORS = Map.of(
      Meeting.class, List.of(new Discriminator(VERSION_PROPERTY, FORMAT_VERSION), new Discriminator("type", "meeting")),
      DecisionRecord.class, List.of(new Discriminator(VERSION_PROPERTY, FORMAT_VERSION),
          new Discriminator("type", "decision-record")),
      Person.class, List.of(new Discriminator("type", "person")),
      Body.class, List.of(new Discriminator("type", "body")));

  /** The codec of each type of the model, built from its shape. */
  private static final Map<Class<?>, Codec<?>> BY_TYPE = new HashMap<>();

  /** The codec of each code list, made once. */
  private static final Map<Class<?>, Codec<?>> CODE_LISTS = new HashMap<>();

  /** A person or a body, told apart by {@code "type"}, which comes first. */
  public static final Codec<Party> PARTY = new Codec<>() {
    @Override
    public Party read(JsonParser p) {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        throw Decoding.expected(p, "an object (a person or a body)");
      }
      String first = p.nextName();
      if (!"type".equals(first)) {
        throw Decoding.error(p, "a person or body starts with \"type\": \"person\" or \"body\""
            + (first == null ? ", but the object is empty" : ", not \"" + first + "\""));
      }
      p.nextToken();
      String type = TEXT.read(p);
      if (type.equals(PERSON.discriminatorValue())) {
        return PERSON.readAfterDiscriminator(p);
      }
      if (type.equals(BODY.discriminatorValue())) {
        return BODY.readAfterDiscriminator(p);
      }
      throw Decoding.error(p, "\"type\" is " + Decoding.quote(type) + "; a party is a \"person\" or a \"body\"");
    }

    @Override
    public void write(Party value, JsonGenerator g) {
      if (value instanceof Person person) {
        PERSON.write(person, g);
      } else {
        BODY.write((Body) value, g);
      }
    }

    @Override
    public Schema schema() {
      return Schema.definition("Party").put("description", ModelShapes.PARTY.description() + " \"type\" comes first.")
          .put("oneOf", List.of(Map.of("$ref", "#/$defs/Person"), Map.of("$ref", "#/$defs/Body")));
    }

    @Override
    public String definitionName() {
      return "Party";
    }

    @Override
    public Class<?> valueType() {
      return Party.class;
    }
  };

  /**
   * A document: a meeting or a decision record, told apart by {@code "type"}, which follows the
   * format version.
   */
  public static final Codec<CouncilRecord> RECORD = new Codec<>() {
    @Override
    public CouncilRecord read(JsonParser p) {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        throw Decoding.expected(p, "an object (a meeting or a decision record)");
      }
      String first = p.nextName();
      if (!VERSION_PROPERTY.equals(first)) {
        throw Decoding.error(p, "a document starts with \"" + VERSION_PROPERTY + "\": \"" + FORMAT_VERSION + "\""
            + (first == null ? ", but the object is empty" : ", not \"" + first + "\""));
      }
      p.nextToken();
      String version = TEXT.read(p);
      if (!version.equals(FORMAT_VERSION)) {
        throw Decoding.error(p, "\"" + VERSION_PROPERTY + "\" is " + Decoding.quote(version) + " where a document needs \""
            + FORMAT_VERSION + "\"" + ObjectCodec.formatVersionAdvice(VERSION_PROPERTY, version));
      }
      String second = p.nextName();
      if (!"type".equals(second)) {
        throw Decoding.error(p, "a document goes on with \"type\": \"meeting\" or \"decision-record\""
            + (second == null ? ", but the object ends" : ", not \"" + second + "\""));
      }
      p.nextToken();
      String type = TEXT.read(p);
      if (type.equals(MEETING.discriminatorValue())) {
        return MEETING.readAfterDiscriminator(p);
      }
      if (type.equals(DECISION_RECORD.discriminatorValue())) {
        return DECISION_RECORD.readAfterDiscriminator(p);
      }
      throw Decoding.error(p, "\"type\" is " + Decoding.quote(type) + "; a document is a \"meeting\" or a \"decision-record\"");
    }

    @Override
    public void write(CouncilRecord value, JsonGenerator g) {
      if (value instanceof Meeting meeting) {
        MEETING.write(meeting, g);
      } else {
        DECISION_RECORD.write((DecisionRecord) value, g);
      }
    }

    @Override
    public Schema schema() {
      return Schema.definition("CouncilRecord")
          .put("description", ModelShapes.COUNCIL_RECORD.description() + " \"minutebook\" comes first, then \"type\".")
          .put("oneOf", List.of(Map.of("$ref", "#/$defs/Meeting"), Map.of("$ref", "#/$defs/DecisionRecord")));
    }

    @Override
    public String definitionName() {
      return "CouncilRecord";
    }

    @Override
    public Class<?> valueType() {
      return CouncilRecord.class;
    }
  };

  static {
    BY_TYPE.put(Party.class, PARTY); // before any type that holds a party is made
    BY_TYPE.put(CouncilRecord.class, RECORD);
  }

  /** A document that is a meeting. */
  public static final ObjectCodec<Meeting, ?> MEETING = object(ModelShapes.MEETING);
  /** A document that is a decision record. */
  public static final ObjectCodec<DecisionRecord, ?> DECISION_RECORD = object(ModelShapes.DECISION_RECORD);
  public static final ObjectCodec<Person, ?> PERSON = object(ModelShapes.PERSON);
  public static final ObjectCodec<Body, ?> BODY = object(ModelShapes.BODY);

  /** The codec of a type of the model. */
  public static <T> Codec<T> forType(Class<T> type) {
    @SuppressWarnings("unchecked")
    Codec<T> codec = (Codec<T>) BY_TYPE.get(type);
    if (codec == null) {
      throw new IllegalArgumentException(type.getName() + " is not a type of the Minutebook model");
    }
    return codec;
  }

  /**
   * The object codec of a type, made and registered before its properties are added, so that a
   * type that holds itself (a paragraph's points, a part's sub-parts) reads through the same codec.
   */
  @SuppressWarnings("unchecked")
  private static <T, B> ObjectCodec<T, B> object(TypeShape<T, B> shape) {
    Codec<?> known = BY_TYPE.get(shape.type());
    if (known != null) {
      return (ObjectCodec<T, B>) known;
    }
    ObjectCodec<T, B> codec = ObjectCodec.of(shape.type(), shape.description(), shape::newBuilder, shape.build());
    BY_TYPE.put(shape.type(), codec);
    for (Discriminator discriminator : DISCRIMINATORS.getOrDefault(shape.type(), List.of())) {
      codec.discriminator(discriminator.property(), discriminator.value());
    }
    for (PropertyShape<T, B, ?> property : shape.properties()) {
      add(codec, shape, property);
    }
    return codec;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static <T, B, V> void add(ObjectCodec<T, B> codec, TypeShape<T, B> owner, PropertyShape<T, B, V> p) {
    String key = owner.type().getSimpleName() + "." + p.name();
    Codec<V> valueCodec = (Codec<V>) OVERRIDES.get(key);
    if (p.cardinality() == Cardinality.MAP) {
      if (valueCodec == null) {
        throw new IllegalStateException(key + " is a map: give it a codec in ModelCodecs.OVERRIDES");
      }
      // a map is written as an object, left out when empty, like a list
      Function<T, Map<?, ?>> get = (Function<T, Map<?, ?>>) p.getter();
      codec.optional(p.name(), (Codec) valueCodec, value -> {
        Map<?, ?> map = get.apply(value);
        return map.isEmpty() ? null : map;
      }, (BiConsumer) p.setter(), p.description());
      return;
    }
    if (valueCodec == null) {
      valueCodec = codecOf(p.valueType());
    }
    Function<T, V> get = (Function<T, V>) p.getter();
    BiConsumer<B, V> set = (BiConsumer<B, V>) p.setter();
    switch (p.cardinality()) {
      case REQUIRED -> codec.required(p.name(), valueCodec, get, set, p.description());
      case OPTIONAL -> codec.optional(p.name(), valueCodec, get, set, p.description());
      case DEFAULTED -> codec.defaulted(p.name(), valueCodec, get, set, p.description());
      case LIST -> codec.list(p.name(), valueCodec, (Function<T, List<V>>) p.getter(),
          (BiConsumer<B, List<V>>) p.setter(), p.description());
      default -> throw new IllegalStateException(key + ": " + p.cardinality());
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static <V> Codec<V> codecOf(Class<V> type) {
    Codec<?> scalar = SCALARS.get(type);
    if (scalar != null) {
      return (Codec<V>) scalar;
    }
    if (type.isEnum()) {
      return (Codec<V>) CODE_LISTS.computeIfAbsent(type, t -> Scalars.codeList((Class) t));
    }
    Codec<?> model = BY_TYPE.get(type);
    if (model != null) {
      return (Codec<V>) model;
    }
    for (TypeShape<?, ?> shape : ModelShapes.ALL) {
      if (shape.type() == type) {
        if (shape.isSealed()) {
          throw new IllegalStateException(type.getName() + " is a sealed interface of the model: give it a codec "
              + "like PARTY's, which tells its kinds apart by a discriminator, and register it in BY_TYPE");
        }
        return (Codec<V>) object(shape);
      }
    }
    throw new IllegalStateException("no codec for " + type.getName()
        + ": add it to ModelCodecs.SCALARS, or make it a type of the model");
  }

  /** {@code codec}, with more said in its schema: a check that only the model's builder makes. */
  private static <T> Codec<T> narrowed(Codec<T> codec, UnaryOperator<Schema> schema) {
    return new Codec<>() {
      @Override
      public T read(JsonParser parser) {
        return codec.read(parser);
      }

      @Override
      public void write(T value, JsonGenerator generator) {
        codec.write(value, generator);
      }

      @Override
      public Schema schema() {
        return schema.apply(codec.schema());
      }
    };
  }

  /** Every named codec, for the module's registrations and the schema's definitions, in a stable order. */
  public static List<Codec<?>> named() {
    List<Codec<?>> all = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    collect(RECORD, all, seen);
    all.sort(Comparator.comparing(Codec::definitionName));
    return Collections.unmodifiableList(all);
  }

  private static void collect(Codec<?> codec, List<Codec<?>> all, Set<String> seen) {
    String name = codec.definitionName();
    if (name.isEmpty() || !seen.add(name)) {
      return;
    }
    all.add(codec);
    if (codec == PARTY) {
      collect(PERSON, all, seen);
      collect(BODY, all, seen);
    }
    if (codec == RECORD) {
      collect(MEETING, all, seen);
      collect(DECISION_RECORD, all, seen);
    }
    if (codec instanceof ObjectCodec<?, ?> object) {
      object.propertyCodecs().forEach(c -> collect(c, all, seen));
    }
  }

  static {
    // every type of the model has its codec now, while the class is initialised: the maps above
    // are never written after that, so any thread may read them
    for (TypeShape<?, ?> shape : ModelShapes.ALL) {
      if (!shape.isSealed()) {
        object(shape);
      }
    }
  }
}
