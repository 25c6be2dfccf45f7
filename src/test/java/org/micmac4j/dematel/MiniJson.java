package org.micmac4j.dematel;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.micmac4j.testutil.Json;

/**
 * A minimal JSON reader for the reference-case files (objects, arrays, strings, numbers, booleans,
 * null). Objects become {@code LinkedHashMap}, arrays {@code List}, numbers {@code BigDecimal} (so
 * that the printed precision of each number is known).
 * Test-only; no escape other than the simple ones is needed by the case files.
 */
final class MiniJson {
    private MiniJson() {
    }

    static Object parse(String text) {
        return Json.parseDecimals(text);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> resource(String path) {
        try (InputStream in = MiniJson.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + path);
            }
            return (Map<String, Object>) parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static double[] vector(Object o) {
        List<Object> l = (List<Object>) o;
        double[] v = new double[l.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = ((BigDecimal) l.get(i)).doubleValue();
        }
        return v;
    }

    /** Half a unit in the last printed decimal place of each number of a list: its printed precision. */
    @SuppressWarnings("unchecked")
    static double[] halfUnits(Object o) {
        List<Object> l = (List<Object>) o;
        double[] v = new double[l.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = halfUnit(l.get(i));
        }
        return v;
    }

    static double halfUnit(Object number) {
        return 0.5 * Math.pow(10, -((BigDecimal) number).scale());
    }

    static double number(Object o) {
        return ((BigDecimal) o).doubleValue();
    }

    @SuppressWarnings("unchecked")
    static double[][] matrix(Object o) {
        List<Object> l = (List<Object>) o;
        double[][] m = new double[l.size()][];
        for (int i = 0; i < m.length; i++) {
            m[i] = vector(l.get(i));
        }
        return m;
    }
}
