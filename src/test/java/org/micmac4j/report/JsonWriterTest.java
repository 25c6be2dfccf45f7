package org.micmac4j.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.micmac4j.testutil.Json;

class JsonWriterTest {
    @Test
    void escapesStringsAndWritesNonFiniteAsNull() {
        String json = new JsonWriter().beginObject().name("s").value("a\"b\\c\nd\té'&<\u0001\u2028")
                .name("nan").value(Double.NaN).name("inf").value(Double.POSITIVE_INFINITY).name("x").value(1.5)
                .name("i").value(3.0).name("b").value(true).name("n").value((String) null).name("a").beginArray()
                .value(1).value(2).beginObject().endObject().endArray().endObject().toString();
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) Json.parse(json);
        assertEquals("a\"b\\c\nd\té'&<\u0001\u2028", m.get("s"));
        assertEquals(null, m.get("nan"));
        assertEquals(null, m.get("inf"));
        assertEquals(1.5, m.get("x"));
        assertEquals(3.0, Json.num(m.get("i")));
        assertEquals(true, m.get("b"));
        assertEquals(List.of(1L, 2L, Map.of()), m.get("a"));
        assertEquals(true, json.contains("\"i\":3,"), json);
    }

    @Test
    void roundTripsDoublesExactly() {
        double v = 14.068965517241379;
        String json = new JsonWriter().beginArray().value(v).value(4.0e13 + 0.5).value(-0.0).endArray().toString();
        assertEquals(List.of(v, 4.0e13 + 0.5, 0.0), Json.arr(Json.parse(json)).stream().map(Json::num).toList());
    }
}
