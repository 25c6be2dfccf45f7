package org.micmac4j.testutil;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A minimal JSON reader for tests (expected values of reference cases, CLI output): objects become
 * {@code LinkedHashMap<String, Object>}, arrays {@code List<Object>}, integer literals {@code Long},
 * other numbers {@code Double} ({@link #parseDecimals} keeps every number as a {@code BigDecimal}),
 * strings, booleans and null as such. Strict: trailing garbage or bad syntax throws.
 */
public final class Json {
    private final String s;
    private final boolean decimals;
    private int p;

    private Json(String s, boolean decimals) {
        this.s = s;
        this.decimals = decimals;
    }

    /**
     * @param text JSON text
     * @return the value
     */
    public static Object parse(String text) {
        return parse(text, false);
    }

    /**
     * Parses with every number as a {@link java.math.BigDecimal}, keeping its printed precision
     * (for sources whose tolerance is half a unit of the last printed digit).
     *
     * @param text JSON text
     * @return the value
     */
    public static Object parseDecimals(String text) {
        return parse(text, true);
    }

    private static Object parse(String text, boolean decimals) {
        Json j = new Json(text, decimals);
        Object v = j.value();
        j.ws();
        if (j.p != text.length()) {
            throw new IllegalArgumentException("trailing characters at " + j.p);
        }
        return v;
    }

    /**
     * @param resource a classpath resource path (absolute, starting with /)
     * @return the parsed value
     */
    public static Object resource(String resource) {
        try (InputStream in = Json.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + resource);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Navigates objects by keys.
     *
     * @param root a parsed value
     * @param keys keys of nested objects
     * @return the value at that path
     */
    @SuppressWarnings("unchecked")
    public static Object at(Object root, String... keys) {
        Object v = root;
        for (String k : keys) {
            if (!(v instanceof Map) || !((Map<String, Object>) v).containsKey(k)) {
                throw new IllegalArgumentException("no key " + k);
            }
            v = ((Map<String, Object>) v).get(k);
        }
        return v;
    }

    private void ws() {
        while (p < s.length() && Character.isWhitespace(s.charAt(p))) {
            p++;
        }
    }

    private Object value() {
        ws();
        if (p >= s.length()) {
            throw new IllegalArgumentException("unexpected end");
        }
        char c = s.charAt(p);
        switch (c) {
            case '{':
                return object();
            case '[':
                return array();
            case '"':
                return string();
            case 't':
                return literal("true", Boolean.TRUE);
            case 'f':
                return literal("false", Boolean.FALSE);
            case 'n':
                return literal("null", null);
            default:
                return number();
        }
    }

    private Object literal(String word, Object v) {
        if (!s.startsWith(word, p)) {
            throw new IllegalArgumentException("bad literal at " + p);
        }
        p += word.length();
        return v;
    }

    private Map<String, Object> object() {
        Map<String, Object> m = new LinkedHashMap<>();
        p++;
        ws();
        if (s.charAt(p) == '}') {
            p++;
            return m;
        }
        while (true) {
            ws();
            String k = string();
            ws();
            expect(':');
            m.put(k, value());
            ws();
            if (s.charAt(p) == ',') {
                p++;
            } else {
                expect('}');
                return m;
            }
        }
    }

    private List<Object> array() {
        List<Object> l = new ArrayList<>();
        p++;
        ws();
        if (s.charAt(p) == ']') {
            p++;
            return l;
        }
        while (true) {
            l.add(value());
            ws();
            if (s.charAt(p) == ',') {
                p++;
            } else {
                expect(']');
                return l;
            }
        }
    }

    private void expect(char c) {
        if (p >= s.length() || s.charAt(p) != c) {
            throw new IllegalArgumentException("expected '" + c + "' at " + p);
        }
        p++;
    }

    private String string() {
        expect('"');
        StringBuilder b = new StringBuilder();
        while (true) {
            char c = s.charAt(p++);
            if (c == '"') {
                return b.toString();
            }
            if (c == '\\') {
                char e = s.charAt(p++);
                switch (e) {
                    case 'n': b.append('\n'); break;
                    case 't': b.append('\t'); break;
                    case 'r': b.append('\r'); break;
                    case 'b': b.append('\b'); break;
                    case 'f': b.append('\f'); break;
                    case 'u':
                        b.append((char) Integer.parseInt(s.substring(p, p + 4), 16));
                        p += 4;
                        break;
                    default: b.append(e);
                }
            } else {
                b.append(c);
            }
        }
    }

    private Number number() {
        int start = p;
        while (p < s.length() && "+-0123456789.eE".indexOf(s.charAt(p)) >= 0) {
            p++;
        }
        if (start == p) {
            throw new IllegalArgumentException("unexpected character at " + p);
        }
        String t = s.substring(start, p);
        if (decimals) {
            return new java.math.BigDecimal(t);
        }
        return t.matches("-?\\d+") ? (Number) Long.valueOf(t) : (Number) Double.valueOf(t);
    }

    /**
     * @param o a parsed value that must be an object
     * @return it, typed
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> obj(Object o) {
        if (!(o instanceof Map)) {
            throw new IllegalArgumentException("not a JSON object: " + o);
        }
        return (Map<String, Object>) o;
    }

    /**
     * @param o a parsed value that must be an array
     * @return it, typed
     */
    @SuppressWarnings("unchecked")
    public static List<Object> arr(Object o) {
        if (!(o instanceof List)) {
            throw new IllegalArgumentException("not a JSON array: " + o);
        }
        return (List<Object>) o;
    }

    /**
     * @param o a parsed number
     * @return its double value
     */
    public static double num(Object o) {
        return ((Number) o).doubleValue();
    }
}
