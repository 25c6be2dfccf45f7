package org.micmac4j.dematel;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.micmac4j.io.CsvTable;

/** Loads a reference case from {@code src/test/resources/cases/dematel/<case>/}. */
final class Cases {
    private Cases() {
    }

    static DirectRelationMatrix input(String name) {
        String path = "/cases/dematel/" + name + "/input.csv";
        try (InputStream in = Cases.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + path);
            }
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return DirectRelationMatrix.read(CsvTable.read(r, path));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Object> expected(String name) {
        return MiniJson.resource("/cases/dematel/" + name + "/expected.json");
    }

    /** Euclidean norm of the difference, as Julia's isapprox compares arrays. */
    static double normOfDifference(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += (a[i] - b[i]) * (a[i] - b[i]);
        }
        return Math.sqrt(s);
    }

    static double maxAbsDifference(double[] a, double[] b) {
        double m = 0;
        for (int i = 0; i < a.length; i++) {
            m = Math.max(m, Math.abs(a[i] - b[i]));
        }
        return m;
    }
}
