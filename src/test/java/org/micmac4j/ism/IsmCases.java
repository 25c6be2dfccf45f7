package org.micmac4j.ism;

import org.micmac4j.testutil.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Access to the copied case files under src/test/resources/cases/ism (test-only). */
final class IsmCases {
    private IsmCases() {
    }

    static Path file(String caseName, String file) {
        String name = "/cases/ism/" + caseName + "/" + file;
        URL url = IsmCases.class.getResource(name);
        if (url == null) {
            throw new IllegalStateException("missing test resource " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Object> expected(String caseName) {
        try {
            return Json.obj(Json.parse(Files.readString(file(caseName, "expected.json"), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JSON array of strings (or of numbers, turned into ids with a prefix) as ids. */
    static List<String> ids(Object jsonArray, String prefix) {
        List<String> out = new ArrayList<>();
        for (Object o : Json.arr(jsonArray)) {
            out.add(o instanceof String ? (String) o : prefix + o);
        }
        return out;
    }

    /** A JSON array of 0/1 rows as a Boolean matrix. */
    static boolean[][] matrix(Object jsonArray) {
        List<Object> rows = Json.arr(jsonArray);
        boolean[][] m = new boolean[rows.size()][];
        for (int i = 0; i < m.length; i++) {
            List<Object> row = Json.arr(rows.get(i));
            m[i] = new boolean[row.size()];
            for (int j = 0; j < m[i].length; j++) {
                m[i][j] = ((Number) row.get(j)).intValue() == 1;
            }
        }
        return m;
    }

    /** A JSON array of integers. */
    static int[] ints(Object jsonArray) {
        return Json.arr(jsonArray).stream().mapToInt(o -> ((Number) o).intValue()).toArray();
    }

    /** Roman numeral I..X as an integer. */
    static int roman(String r) {
        List<String> numerals = List.of("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X");
        int k = numerals.indexOf(r);
        if (k < 0) {
            throw new IllegalArgumentException(r);
        }
        return k + 1;
    }
}
