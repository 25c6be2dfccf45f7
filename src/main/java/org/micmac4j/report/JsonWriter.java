package org.micmac4j.report;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A minimal streaming JSON writer: objects, arrays, strings, numbers, booleans, null; compact
 * output. Strings are escaped per RFC 8259; non-finite numbers are written as {@code null}
 * because JSON has no NaN or infinity.
 *
 * <pre>{@code
 * String json = new JsonWriter().beginObject().name("order").value(7).endObject().toString();
 * }</pre>
 *
 * <p>Not thread-safe: one writer builds one document.
 */
public final class JsonWriter {
    private final StringBuilder out = new StringBuilder();
    /** One flag per open container: whether it already holds an element (a comma is due). */
    private final Deque<boolean[]> open = new ArrayDeque<>();
    private boolean afterName;

    /** Creates an empty writer. */
    public JsonWriter() {
    }

    /** @return this writer, after opening an object */
    public JsonWriter beginObject() {
        separate();
        out.append('{');
        open.push(new boolean[1]);
        return this;
    }

    /** @return this writer, after closing the current object */
    public JsonWriter endObject() {
        open.pop();
        out.append('}');
        return this;
    }

    /** @return this writer, after opening an array */
    public JsonWriter beginArray() {
        separate();
        out.append('[');
        open.push(new boolean[1]);
        return this;
    }

    /** @return this writer, after closing the current array */
    public JsonWriter endArray() {
        open.pop();
        out.append(']');
        return this;
    }

    /**
     * @param name a member name of the current object
     * @return this writer
     */
    public JsonWriter name(String name) {
        separate();
        string(name);
        out.append(':');
        afterName = true;
        return this;
    }

    /**
     * @param s a string value, or null
     * @return this writer
     */
    public JsonWriter value(String s) {
        separate();
        if (s == null) {
            out.append("null");
        } else {
            string(s);
        }
        return this;
    }

    /**
     * @param v a number; NaN and infinities are written as {@code null}
     * @return this writer
     */
    public JsonWriter value(double v) {
        separate();
        if (!Double.isFinite(v)) {
            out.append("null");
        } else if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            out.append((long) v); // integers without a trailing ".0"
        } else {
            out.append(v); // Double.toString is the shortest exact round-trip form
        }
        return this;
    }

    /**
     * @param v an integer
     * @return this writer
     */
    public JsonWriter value(long v) {
        separate();
        out.append(v);
        return this;
    }

    /**
     * @param v an integer of any size (exact; JSON numbers have no size limit), or null
     * @return this writer
     */
    public JsonWriter value(java.math.BigInteger v) {
        separate();
        out.append(v == null ? "null" : v.toString());
        return this;
    }

    /**
     * @param v a boolean
     * @return this writer
     */
    public JsonWriter value(boolean v) {
        separate();
        out.append(v);
        return this;
    }

    private void separate() {
        if (afterName) {
            afterName = false;
            return;
        }
        boolean[] hasElement = open.peek();
        if (hasElement != null) {
            if (hasElement[0]) {
                out.append(',');
            }
            hasElement[0] = true;
        }
    }

    private void string(String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) { // U+2028/9 break JavaScript string literals
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** @return the document written so far */
    @Override
    public String toString() {
        return out.toString();
    }
}
