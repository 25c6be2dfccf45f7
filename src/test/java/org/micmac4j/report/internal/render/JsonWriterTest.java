package org.micmac4j.report.internal.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The report JSON writer, read back by an independent strict parser (Jackson, which rejects
 * unescaped control characters, trailing commas and mismatched brackets).
 */
class JsonWriterTest {
    /** Strict: no duplicate names, nothing after the document. */
    private static final ObjectMapper JACKSON = JsonMapper.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    /** Numbers compare by value: 3 written for 3.0 is the same number. */
    private static final java.util.Comparator<JsonNode> SAME_NUMBER = (a, b) -> a.isNumber() && b.isNumber()
            ? a.decimalValue().compareTo(b.decimalValue()) : a.equals(b) ? 0 : 1;

    private static JsonNode parse(String json) throws IOException {
        return JACKSON.readTree(json);
    }

    @Test
    void escapesStringsAndWritesNonFiniteAsNull() throws IOException {
        String json = JsonWriter.toText().beginObject().name("s").value("a\"b\\c\nd\té'&<\u0001\u2028\u007f")
                .name("nan").value(Double.NaN).name("inf").value(Double.POSITIVE_INFINITY).name("x").value(1.5)
                .name("i").value(3.0).name("b").value(true).name("n").value((String) null).name("a").beginArray()
                .value(1).value(2).beginObject().endObject().endArray().endObject().finish();
        JsonNode m = parse(json);
        assertEquals("a\"b\\c\nd\té'&<\u0001\u2028\u007f", m.get("s").textValue());
        assertTrue(m.get("nan").isNull());
        assertTrue(m.get("inf").isNull());
        assertEquals(1.5, m.get("x").doubleValue());
        assertTrue(m.get("i").isIntegralNumber());
        assertTrue(m.get("b").booleanValue());
        assertTrue(m.get("n").isNull());
        assertEquals("[1,2,{}]", m.get("a").toString());
        assertTrue(json.contains("\"i\":3,"), json);
        assertTrue(json.contains("\\u0001") && json.contains("\\u2028"), json);
    }

    @Test
    void roundTripsDoublesExactly() throws IOException {
        double v = 14.068965517241379;
        String json = JsonWriter.toText().beginArray().value(v).value(4.0e13 + 0.5).value(-0.0).value(1e300)
                .value(Double.MIN_VALUE).endArray().finish();
        JsonNode a = parse(json);
        assertEquals(List.of(v, 4.0e13 + 0.5, 0.0, 1e300, Double.MIN_VALUE),
                List.of(a.get(0).doubleValue(), a.get(1).doubleValue(), a.get(2).doubleValue(), a.get(3).doubleValue(),
                        a.get(4).doubleValue()));
    }

    /** A lone surrogate cannot be encoded in UTF-8: it is escaped, and reads back as the same char. */
    @Test
    void escapesUnpairedSurrogatesAndKeepsPairs() throws IOException {
        String s = "x\ud800y\udc00z\ud83d\ude00\ud800";
        String json = JsonWriter.toText().value(s).finish();
        assertEquals("\"x\\ud800y\\udc00z\ud83d\ude00\\ud800\"", json);
        assertEquals(s, parse(json).textValue());
        byte[] utf8 = json.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(json, new String(utf8, java.nio.charset.StandardCharsets.UTF_8), "valid UTF-8");
    }

    @Test
    void misuseThrowsInsteadOfWritingMalformedJson() {
        assertThrows(IllegalStateException.class, () -> JsonWriter.toText().beginArray().endObject());
        assertThrows(IllegalStateException.class, () -> JsonWriter.toText().beginObject().endArray());
        assertThrows(IllegalStateException.class, () -> JsonWriter.toText().beginObject().value(1));
        assertThrows(IllegalStateException.class, () -> JsonWriter.toText().beginArray().name("a"));
        assertThrows(IllegalStateException.class, () -> JsonWriter.toText().beginObject().name("a").name("b"));
        assertThrows(IllegalStateException.class, () -> JsonWriter.toText().beginObject().name("a").endObject());
        assertThrows(IllegalStateException.class, () -> JsonWriter.toText().value(1).value(2));
        assertThrows(IllegalStateException.class, () -> JsonWriter.toText().name("a"));
        assertThrows(IllegalStateException.class, () -> JsonWriter.toText().endArray());
        assertThrows(IllegalStateException.class, () -> JsonWriter.toText().beginArray().finish());
        assertThrows(IllegalStateException.class, () -> JsonWriter.toText().finish());
    }

    /** Large documents stream through the target in blocks and arrive whole. */
    @Test
    void streamsToAWriter() throws IOException {
        StringWriter out = new StringWriter();
        JsonWriter w = new JsonWriter(out).beginArray();
        for (int i = 0; i < 50_000; i++) {
            w.beginObject().name("id").value("V" + i).name("v").value(i / 7.0).endObject();
        }
        assertEquals("", w.endArray().finish());
        JsonNode a = parse(out.toString());
        assertEquals(50_000, a.size());
        assertEquals("V49999", a.get(49_999).get("id").textValue());
        assertEquals(49_999 / 7.0, a.get(49_999).get("v").doubleValue());
    }

    @Property(tries = 300)
    void anyStringReadsBackUnchanged(@ForAll("anyText") String s) throws IOException {
        String json = JsonWriter.toText().beginObject().name(s).value(s).endObject().finish();
        JsonNode n = parse(json);
        assertEquals(s, n.get(s).textValue());
        assertEquals(s, n.fieldNames().next());
    }

    /** Random trees of objects, arrays and scalars: the parser sees the same tree. */
    @Property(tries = 200)
    void anyNestingReadsBackAsTheSameTree(@ForAll("trees") Object tree) throws IOException {
        JsonWriter w = JsonWriter.toText();
        write(w, tree);
        String json = w.finish();
        JsonNode expected = JACKSON.valueToTree(tree);
        assertTrue(expected.equals(SAME_NUMBER, parse(json)), json);
    }

    @Provide
    Arbitrary<String> anyText() {
        // every UTF-16 unit, lone surrogates and controls included, plus pairs of surrogates
        Arbitrary<String> units = Arbitraries.chars().all().map(String::valueOf);
        Arbitrary<String> pairs = Arbitraries.integers().between(0x10000, 0x10FFFF).map(Character::toString);
        return Arbitraries.oneOf(units, pairs).list().ofMaxSize(12).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<Object> trees() {
        return tree(4);
    }

    private Arbitrary<Object> tree(int depth) {
        Arbitrary<Object> leaf = Arbitraries.oneOf(anyText().map(Object.class::cast),
                Arbitraries.longs().map(Object.class::cast),
                Arbitraries.doubles().filter(Double::isFinite).map(Object.class::cast),
                Arbitraries.of(true, false).map(Object.class::cast));
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<Object> list = tree(depth - 1).list().ofMaxSize(4).map(l -> (Object) new ArrayList<>(l));
        Arbitrary<Object> map = Arbitraries.maps(anyText(), tree(depth - 1)).ofMaxSize(4)
                .map(m -> (Object) new LinkedHashMap<>(m));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, leaf), net.jqwik.api.Tuple.of(1, list),
                net.jqwik.api.Tuple.of(1, map));
    }

    @SuppressWarnings("unchecked")
    private static void write(JsonWriter w, Object node) {
        if (node instanceof Map<?, ?> m) {
            w.beginObject();
            ((Map<String, Object>) m).forEach((k, v) -> {
                w.name(k);
                write(w, v);
            });
            w.endObject();
        } else if (node instanceof List<?> l) {
            w.beginArray();
            l.forEach(v -> write(w, v));
            w.endArray();
        } else if (node instanceof String s) {
            w.value(s);
        } else if (node instanceof Long v) {
            w.value(v);
        } else if (node instanceof Double v) {
            w.value(v);
        } else {
            w.value((Boolean) node);
        }
    }

}
