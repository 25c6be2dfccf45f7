package org.micmac4j.report.internal.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * A minimal streaming JSON writer: objects, arrays, strings, numbers, booleans, null; compact
 * output (RFC 8259). It checks its own nesting, so that it can never emit a malformed document:
 * a name outside an object, a value in an object without a name, {@code ]} closing an object, a
 * second top-level value or {@link #finish()} with containers still open throw
 * {@link IllegalStateException}. Strings escape quotes, backslashes, control characters,
 * U+2028/U+2029 (they break JavaScript string literals) and unpaired surrogates (as
 * {@code \}{@code uXXXX}, so that the document stays valid UTF-8); non-finite numbers are written
 * as {@code null} because JSON has no NaN or infinity.
 *
 * <pre>{@code
 * String json = JsonWriter.toText().beginObject().name("order").value(7).endObject().finish();
 * }</pre>
 *
 * <p>Output is buffered and passed to the target in blocks, so that a document of any size
 * streams in constant memory. Not thread-safe: one writer builds one document.
 * Internal to the reports: not part of the library's API.
 */
public final class JsonWriter {
    private static final int FLUSH_AT = 1 << 16;
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /** What the innermost open scope holds so far. */
    private enum Scope { EMPTY_DOCUMENT, FULL_DOCUMENT, EMPTY_ARRAY, ARRAY, EMPTY_OBJECT, OBJECT, NAME }

    private final Appendable target;
    private final StringBuilder buf = new StringBuilder(FLUSH_AT + 1024);
    private Scope[] stack = new Scope[16];
    private int depth = 1;

    /**
     * @param target where the document goes (a {@code StringBuilder}, a {@code Writer}, ...)
     */
    public JsonWriter(Appendable target) {
        this.target = target;
        stack[0] = Scope.EMPTY_DOCUMENT;
    }

    /** Creates a writer into memory; {@link #finish()} (or {@link #toString()}) returns the document. */
    public JsonWriter() {
        this(new StringBuilder());
    }

    /** @return a writer into memory; {@link #finish()} returns the document */
    public static JsonWriter toText() {
        return new JsonWriter();
    }

    /** @return this writer, after opening an object */
    public JsonWriter beginObject() {
        beforeValue();
        buf.append('{');
        push(Scope.EMPTY_OBJECT);
        return this;
    }

    /** @return this writer, after closing the current object */
    public JsonWriter endObject() {
        Scope s = stack[depth - 1];
        if (s != Scope.EMPTY_OBJECT && s != Scope.OBJECT) {
            throw new IllegalStateException(s == Scope.NAME ? "a name without a value" : "no object to close");
        }
        depth--;
        buf.append('}');
        return afterWrite();
    }

    /** @return this writer, after opening an array */
    public JsonWriter beginArray() {
        beforeValue();
        buf.append('[');
        push(Scope.EMPTY_ARRAY);
        return this;
    }

    /** @return this writer, after closing the current array */
    public JsonWriter endArray() {
        Scope s = stack[depth - 1];
        if (s != Scope.EMPTY_ARRAY && s != Scope.ARRAY) {
            throw new IllegalStateException("no array to close");
        }
        depth--;
        buf.append(']');
        return afterWrite();
    }

    /**
     * @param name a member name of the current object
     * @return this writer
     */
    public JsonWriter name(String name) {
        Scope s = stack[depth - 1];
        if (s != Scope.EMPTY_OBJECT && s != Scope.OBJECT) {
            throw new IllegalStateException(s == Scope.NAME ? "two names in a row" : "a name outside an object");
        }
        if (s == Scope.OBJECT) {
            buf.append(',');
        }
        string(name);
        buf.append(':');
        stack[depth - 1] = Scope.NAME;
        return this;
    }

    /**
     * @param s a string value, or null
     * @return this writer
     */
    public JsonWriter value(String s) {
        beforeValue();
        if (s == null) {
            buf.append("null");
        } else {
            string(s);
        }
        return afterWrite();
    }

    /**
     * @param v a number; NaN and infinities are written as {@code null}
     * @return this writer
     */
    public JsonWriter value(double v) {
        beforeValue();
        buf.append(Double.isFinite(v) ? Numbers.exact(v) : "null");
        return afterWrite();
    }

    /**
     * @param v an integer
     * @return this writer
     */
    public JsonWriter value(long v) {
        beforeValue();
        buf.append(v);
        return afterWrite();
    }

    /**
     * @param v an integer of any size (exact; JSON numbers have no size limit), or null
     * @return this writer
     */
    public JsonWriter value(java.math.BigInteger v) {
        beforeValue();
        buf.append(v == null ? "null" : v.toString());
        return afterWrite();
    }

    /**
     * @param v a boolean
     * @return this writer
     */
    public JsonWriter value(boolean v) {
        beforeValue();
        buf.append(v);
        return afterWrite();
    }

    /** @return this writer, after writing {@code null} */
    public JsonWriter nullValue() {
        return value((String) null);
    }

    /**
     * Checks that the document is complete and passes what is left to the target.
     *
     * @return the document when the target is a {@code StringBuilder} (as from {@link #toText()}),
     *     otherwise the empty string
     * @throws IllegalStateException when no value was written or a container is still open
     * @throws UncheckedIOException when the target fails
     */
    public String finish() {
        if (depth != 1 || stack[0] != Scope.FULL_DOCUMENT) {
            throw new IllegalStateException(depth != 1 ? depth - 1 + " containers still open" : "empty document");
        }
        flush();
        return target instanceof StringBuilder sb ? sb.toString() : "";
    }

    /**
     * @return for a writer into memory, the document written so far, complete or not (prefer
     *     {@link #finish()}, which checks it); otherwise the target's own text
     */
    @Override
    public String toString() {
        flush();
        return target.toString();
    }

    private void push(Scope s) {
        if (depth == stack.length) {
            stack = Arrays.copyOf(stack, 2 * depth);
        }
        stack[depth++] = s;
    }

    private void beforeValue() {
        switch (stack[depth - 1]) {
            case EMPTY_DOCUMENT -> stack[depth - 1] = Scope.FULL_DOCUMENT;
            case EMPTY_ARRAY -> stack[depth - 1] = Scope.ARRAY;
            case ARRAY -> buf.append(',');
            case NAME -> stack[depth - 1] = Scope.OBJECT;
            case FULL_DOCUMENT -> throw new IllegalStateException("a second top-level value");
            default -> throw new IllegalStateException("a value in an object needs a name first");
        }
    }

    private JsonWriter afterWrite() {
        if (buf.length() >= FLUSH_AT) {
            flush();
        }
        return this;
    }

    private void flush() {
        try {
            target.append(buf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        buf.setLength(0);
    }

    private void string(String s) {
        buf.append('"');
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> buf.append("\\\"");
                case '\\' -> buf.append("\\\\");
                case '\n' -> buf.append("\\n");
                case '\r' -> buf.append("\\r");
                case '\t' -> buf.append("\\t");
                case '\b' -> buf.append("\\b");
                case '\f' -> buf.append("\\f");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                        buf.append(c).append(s.charAt(++i)); // a proper pair: one code point, written as is
                    } else if (c < 0x20 || c == 0x2028 || c == 0x2029 || Character.isSurrogate(c)) {
                        buf.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 15]).append(HEX[(c >> 4) & 15])
                                .append(HEX[c & 15]);
                    } else {
                        buf.append(c);
                    }
                }
            }
        }
        buf.append('"');
    }
}
