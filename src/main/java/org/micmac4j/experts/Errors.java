package org.micmac4j.experts;

import java.util.Locale;

import org.micmac4j.InvalidInputException;

/** Formatting of input errors. */
final class Errors {
    private Errors() {
    }

    static InvalidInputException invalid(String template, Object... args) {
        return new InvalidInputException(String.format(Locale.ROOT, template, args));
    }

    static void require(boolean ok, String template, Object... args) {
        if (!ok) {
            throw invalid(template, args);
        }
    }

    static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
