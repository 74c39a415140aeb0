package io.github.minutebook.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.minutebook.json.internal.Codec;
import io.github.minutebook.json.internal.ModelCodecs;
import io.github.minutebook.json.internal.ObjectCodec;
import io.github.minutebook.json.internal.Scalars;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * docs/json-format.md cannot drift from the codecs: its reference of types and code lists, and its
 * example, are generated from them and must be what is committed ({@link ModelShapeCoverageTest}
 * checks that every property of the model is there); every code-list value appears under its own
 * section; every public method of the facade is named.
 *
 * <p>After a deliberate change to the format, rewrite the generated parts with {@code mvn -pl
 * io-json -am test -Dtest=JsonFormatDocTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dminutebook.updateDocs=true} and review the diff; the prose around them is written by hand.
 */
class JsonFormatDocTest {
  static final Path DOC = Path.of("../docs/json-format.md");
  static final Path CORE_SOURCES = Path.of("../core/src/main/java");
  static final String EXAMPLE_SOURCE = "bromley-executive-2016-09-14.json";

  @Test
  void theGeneratedPartsAreWhatTheCodecsSay() throws IOException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    Map<String, String> generated = new LinkedHashMap<>();
    generated.put("types", types());
    generated.put("code-lists", codeLists());
    generated.put("example", example());
    String expected = doc;
    for (Map.Entry<String, String> part : generated.entrySet()) {
      expected = replaceRegion(expected, part.getKey(), part.getValue());
    }
    if (Boolean.getBoolean("minutebook.updateDocs")) {
      Files.writeString(DOC, expected, StandardCharsets.UTF_8);
      doc = expected;
    }
    assertEquals(expected, doc, DOC + " is stale: regenerate it with -Dminutebook.updateDocs=true");
  }

  @Test
  void everyCodeListValueIsInItsSection() throws IOException {
    Map<String, String> sections = sections(Files.readString(DOC, StandardCharsets.UTF_8));
    List<String> missing = new ArrayList<>();
    int values = 0;
    for (Codec<?> codec : ModelCodecs.named()) {
      if (codec.valueType().isEnum()) {
        String section = sections.getOrDefault(codec.definitionName(), "");
        for (Object constant : codec.valueType().getEnumConstants()) {
          values++;
          if (!section.contains("| `" + Scalars.name((Enum<?>) constant) + "` |")) {
            missing.add(codec.definitionName() + ": " + Scalars.name((Enum<?>) constant));
          }
        }
      }
    }
    assertEquals(List.of(), missing);
    assertTrue(values > 150, values + " code-list values");
  }

  @Test
  void theExampleIsAValidDocument() throws IOException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    String example = region(doc, "example");
    String json = example.substring(example.indexOf("```json\n") + 8, example.lastIndexOf("```"));
    MinutebookJson.standard().decode(json);
    assertEquals(List.of(), FormatSchema.errors(FormatSchema.validator(), json));
  }

  @Test
  void everyPublicMethodOfTheFacadeIsNamed() throws IOException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    List<String> missing = new ArrayList<>();
    for (Class<?> type : new Class<?>[] {MinutebookJson.class, MinutebookJson.Builder.class, MinutebookJsonException.class}) {
      for (Method method : type.getDeclaredMethods()) {
        if (Modifier.isPublic(method.getModifiers()) && !method.isSynthetic()
            && method.getDeclaringClass() == type && !method.getName().startsWith("get")
            && !doc.contains("`" + method.getName() + "(") && !doc.contains("." + method.getName() + "(")) {
          missing.add(type.getSimpleName() + "." + method.getName());
        }
      }
    }
    assertEquals(List.of(), missing.stream().distinct().toList());
  }

  // --- the generated parts ---

  /** One section a type, Meeting first, each with the table of its properties. */
  static String types() {
    StringBuilder out = new StringBuilder();
    List<Codec<?>> codecs = new ArrayList<>(ModelCodecs.named());
    codecs.removeIf(codec -> codec.valueType().isEnum());
    codecs.sort((a, b) -> a == ModelCodecs.MEETING ? -1 : b == ModelCodecs.MEETING ? 1 : 0);
    for (Codec<?> codec : codecs) {
      out.append("\n### ").append(codec.definitionName()).append("\n\n");
      if (codec instanceof ObjectCodec<?, ?> object) {
        out.append(object.description()).append("\n\n");
        out.append("| property | type | required | description |\n| --- | --- | --- | --- |\n");
        List<ObjectCodec.Row> rows = object.rows();
        for (int i = 0; i < rows.size(); i++) {
          ObjectCodec.Row row = rows.get(i);
          out.append("| `").append(row.name()).append("` | ")
              .append(row.kind().equals("constant") ? "`\"" + object.constantValue(i) + "\"`" : type(row))
              .append(" | ").append(required(row.kind()))
              .append(" | ").append(escape(row.description())).append(" |\n");
        }
      } else if (codec == ModelCodecs.RECORD) {
        out.append(codec.schema().keywords().get("description")).append(" It is a [Meeting](#meeting) or a")
            .append(" [DecisionRecord](#decisionrecord), told apart by `\"type\"`, which must follow `\"minutebook\"`.\n");
      } else {
        out.append(codec.schema().keywords().get("description")).append(" It is a [Person](#person) or a")
            .append(" [Body](#body), told apart by `\"type\"`, which must be the object's first property.\n");
      }
    }
    return out.toString();
  }

  /** One section a code list, with each value and what it means (from the enum's documentation). */
  static String codeLists() throws IOException {
    StringBuilder out = new StringBuilder();
    for (Codec<?> codec : ModelCodecs.named()) {
      Class<?> type = codec.valueType();
      if (!type.isEnum()) {
        continue;
      }
      Map<String, String> docs = enumDocs(type);
      out.append("\n### ").append(type.getSimpleName()).append("\n\n").append(docs.get("")).append("\n\n");
      out.append("| value | meaning |\n| --- | --- |\n");
      for (Object constant : type.getEnumConstants()) {
        Enum<?> value = (Enum<?>) constant;
        out.append("| `").append(Scalars.name(value)).append("` | ")
            .append(escape(docs.getOrDefault(value.name(), ""))).append(" |\n");
      }
    }
    return out.toString();
  }

  /** A short complete document: an excerpt of the Bromley Executive's golden file. */
  static String example() throws IOException {
    JsonMapper plain = JsonMapper.builder().build();
    ObjectNode golden = (ObjectNode) plain.readTree(GoldenFilesTest.read(EXAMPLE_SOURCE));
    ObjectNode excerpt = golden.deepCopy();
    excerpt.remove("declarations");
    ArrayNode attendance = (ArrayNode) excerpt.get("attendance");
    while (attendance.size() > 2) {
      attendance.remove(attendance.size() - 1);
    }
    ArrayNode items = (ArrayNode) excerpt.get("agendaItems");
    for (int i = items.size() - 1; i >= 0; i--) {
      if (!items.get(i).get("minuteNumber").asString().equals("82")) {
        items.remove(i);
      }
    }
    ArrayNode narrative = (ArrayNode) items.get(0).get("narrative");
    while (narrative.size() > 1) {
      narrative.remove(narrative.size() - 1);
    }
    MinutebookJson json = MinutebookJson.standard();
    String text = new String(json.encodePretty(json.decode(plain.writeValueAsBytes(excerpt))), StandardCharsets.UTF_8);
    return "\n```json\n" + text + "```\n";
  }

  private static final Map<Codec<?>, String> SCALARS = new IdentityHashMap<>();

  static {
    SCALARS.put(Scalars.TEXT, "text");
    SCALARS.put(Scalars.INTEGER, "whole number");
    SCALARS.put(Scalars.BOOLEAN, "boolean");
    SCALARS.put(Scalars.DECIMAL_STRING, "decimal string");
    SCALARS.put(Scalars.DATE_CODEC, "date");
    SCALARS.put(Scalars.TIME_CODEC, "time");
    SCALARS.put(Scalars.INSTANT_CODEC, "instant");
    SCALARS.put(Scalars.DATE_TIME_CODEC, "date-time");
    SCALARS.put(Scalars.PERIOD_CODEC, "period");
    SCALARS.put(Scalars.MONTH_DAY_CODEC, "day of the year");
    SCALARS.put(Scalars.ZONE, "time zone");
    SCALARS.put(Scalars.CURRENCY_CODEC, "currency code");
    SCALARS.put(ModelCodecs.YEAR, "year");
    SCALARS.put(ModelCodecs.YEAR_START, "day of the year");
    SCALARS.put(ModelCodecs.COUNTS, "vote counts");
  }

  private static String type(ObjectCodec.Row row) {
    Codec<?> codec = row.codec();
    String name = codec.definitionName().isEmpty()
        ? SCALARS.get(codec)
        : "[" + codec.definitionName() + "](#" + codec.definitionName().toLowerCase(java.util.Locale.ROOT) + ")";
    if (name == null) {
      throw new AssertionError("no name in the docs for the codec of " + row.name() + "; add it to SCALARS");
    }
    return row.kind().equals("list") ? "list of " + name : name;
  }

  private static String required(String kind) {
    switch (kind) {
      case "constant":
      case "required":
        return "yes";
      case "defaulted":
        return "no (has a default)";
      default:
        return "no";
    }
  }

  static String escape(String text) {
    return text.replace("|", "\\|");
  }

  // --- reading the enums' documentation ---

  private static final Pattern CONSTANT_DOC = Pattern.compile("/\\*\\*(.*?)\\*/\\s*([A-Z][A-Z0-9_]*)\\s*[,;\\n}]", Pattern.DOTALL);
  private static final Pattern TYPE_DOC = Pattern.compile("/\\*\\*(.*?)\\*/\\s*public enum", Pattern.DOTALL);

  /** The enum's documentation: "" for the type, then each constant's by name. */
  static Map<String, String> enumDocs(Class<?> type) throws IOException {
    Path source = CORE_SOURCES.resolve(type.getName().replace('.', '/') + ".java");
    String text = Files.readString(source, StandardCharsets.UTF_8);
    Map<String, String> docs = new LinkedHashMap<>();
    Matcher typeDoc = TYPE_DOC.matcher(text);
    assertTrue(typeDoc.find(), "no documentation on " + type.getName());
    docs.put("", markdown(typeDoc.group(1)));
    String body = text.substring(typeDoc.end());
    Matcher constant = CONSTANT_DOC.matcher(body);
    while (constant.find()) {
      docs.put(constant.group(2), markdown(constant.group(1)));
    }
    return docs;
  }

  private static String markdown(String javadoc) {
    String text = javadoc.replaceAll("\\n\\s*\\*", " ").replaceAll("\\s+", " ").trim();
    text = text.replaceAll("\\{@code ([^}]*)}", "`$1`");
    text = text.replaceAll("\\{@link [A-Za-z.]*#([a-zA-Z]+)\\(\\)}", "`$1`");
    text = text.replaceAll("\\{@link ([A-Za-z.]+)}", "`$1`");
    return text;
  }

  // --- regions and sections ---

  static String begin(String name) {
    return "<!-- generated: " + name + " (JsonFormatDocTest writes it with -Dminutebook.updateDocs=true) -->";
  }

  static String end(String name) {
    return "<!-- end of generated: " + name + " -->";
  }

  static String region(String doc, String name) {
    int from = doc.indexOf(begin(name));
    int to = doc.indexOf(end(name));
    assertTrue(from >= 0 && to > from, "no generated region " + name + " in " + DOC);
    return doc.substring(from + begin(name).length(), to);
  }

  static String replaceRegion(String doc, String name, String content) {
    region(doc, name);
    int from = doc.indexOf(begin(name)) + begin(name).length();
    return doc.substring(0, from) + "\n" + content + "\n" + doc.substring(doc.indexOf(end(name)));
  }

  /** The text under each heading of level three, by its title. */
  static Map<String, String> sections(String doc) {
    Map<String, String> sections = new LinkedHashMap<>();
    String[] parts = doc.split("\n(?=#{1,3} )");
    for (String part : parts) {
      if (part.startsWith("### ")) {
        int end = part.indexOf('\n');
        sections.put(part.substring(4, end < 0 ? part.length() : end).trim(), part);
      }
    }
    return sections;
  }
}
