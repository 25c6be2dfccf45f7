package org.micmac4j.internal;

import java.util.Locale;

import org.micmac4j.InvalidInputException;

/**
 * The one set of message templates for argument and input checks, shared by every package so that
 * the same fault reads the same way wherever it is found. Internal: not part of the public API.
 */
public final class Messages {
    /** Cell location: row id, column id, 1-based row and column numbers. */
    public static final String CELL = "row %s (%d), column %s (%d)";

    private Messages() {
    }

    /**
     * Formats a cell location, e.g. {@code row A (1), column B (2)}.
     *
     * @param rowId id of the row variable
     * @param row 0-based row index
     * @param columnId id of the column variable
     * @param column 0-based column index
     * @return the location text
     */
    public static String cell(String rowId, int row, String columnId, int column) {
        // Concatenation, not String.format: callers that format a location per cell stay fast.
        return "row " + rowId + " (" + (row + 1) + "), column " + columnId + " (" + (column + 1) + ")";
    }

    /** The longest token (in characters) a message quotes whole; a longer one is cut. */
    public static final int TOKEN_MAX = 40;

    /**
     * A token a user wrote, fit to quote in a one-line message: line breaks, tabs and other
     * control characters are escaped ({@code \n}, {@code \t}, {@code \u0000}), and a token longer
     * than {@value #TOKEN_MAX} characters is cut there, with {@code …} appended. A 10 MB cell
     * thus makes a short message, and a quoted field with line breaks a single line.
     *
     * @param text the token, possibly null
     * @return the text to quote
     */
    public static String token(String text) {
        return clip(text, TOKEN_MAX);
    }

    /**
     * The longest text argument (in characters) {@link #invalid} puts in a message whole: every
     * argument is escaped and cut there, so that a message is one line of bounded length
     * whatever its arguments hold. Tokens a user wrote are cut shorter, by {@link #token}.
     */
    public static final int ARGUMENT_MAX = 500;

    private static String clip(String text, int max) {
        if (text == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder(Math.min(text.length(), max) + 8);
        int kept = 0;
        for (int i = 0; i < text.length(); i++) {
            if (kept == max) {
                return sb.append('…').toString();
            }
            char c = text.charAt(i);
            if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()) {
                sb.append(c).append(text.charAt(++i)); // never split a pair
            } else {
                sb.append(c);
            }
            kept++;
        }
        return sb.toString();
    }

    /**
     * A number as a message (or a cell token) shows it: whole numbers without ".0" ({@code 3}),
     * others as the shortest decimal that reads back equal ({@code 0.25}).
     *
     * @param v the number
     * @return its text
     */
    public static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    /**
     * Builds an exception for bad input.
     *
     * @param template a {@link String#format} template
     * @param args its arguments
     * @return the exception, for the caller to throw
     */
    public static InvalidInputException invalid(String template, Object... args) {
        return new InvalidInputException(String.format(Locale.ROOT, template, clipped(args)));
    }

    /** Text arguments escaped and cut to {@link #ARGUMENT_MAX}: one line, bounded, whatever they hold. */
    private static Object[] clipped(Object[] args) {
        Object[] out = args.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof CharSequence c) {
                out[i] = clip(c.toString(), ARGUMENT_MAX);
            }
        }
        return out;
    }

    /**
     * Builds an exception for bad input found as another exception (a parser's), which is kept as
     * the cause but whose wording never reaches the message.
     *
     * @param cause the underlying exception
     * @param template a {@link String#format} template
     * @param args its arguments
     * @return the exception, for the caller to throw
     */
    public static InvalidInputException invalidWithCause(Throwable cause, String template, Object... args) {
        return new InvalidInputException(String.format(Locale.ROOT, template, clipped(args)), cause);
    }

    /**
     * Checks a condition on input.
     *
     * @param condition what must hold
     * @param template message template when it does not
     * @param args its arguments
     * @throws InvalidInputException when {@code condition} is false
     */
    public static void require(boolean condition, String template, Object... args) {
        if (!condition) {
            throw invalid(template, args);
        }
    }

    /**
     * The one check of a number of Monte Carlo draws.
     *
     * @param n a number of draws
     * @param max the largest allowed (an analysis's own limit)
     * @throws InvalidInputException when n is not in 1..max
     */
    public static void requireDraws(long n, long max) {
        require(n >= 1 && n <= max, "the number of draws must be in 1..%d, got %d", max, n);
    }

    /**
     * Checks that a value is strictly positive and finite.
     *
     * @param value the value
     * @param name the parameter's name for the message
     * @return {@code value}
     */
    public static double positive(double value, String name) {
        require(value > 0 && Double.isFinite(value), "%s must be positive and finite, got %s", name, value);
        return value;
    }

    /**
     * Checks that a value is non-negative and finite.
     *
     * @param value the value
     * @param name the parameter's name for the message
     * @return {@code value}
     */
    public static double nonNegative(double value, String name) {
        require(value >= 0 && Double.isFinite(value), "%s must be non-negative and finite, got %s", name, value);
        return value;
    }
}
