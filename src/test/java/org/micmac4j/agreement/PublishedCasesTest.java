package org.micmac4j.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.micmac4j.testutil.Json;
import org.micmac4j.testutil.Resources;

/**
 * Every printed number of the published agreement cases in src/test/resources/cases/agreement
 * (sources in each case's SOURCE.md): a computed value agrees when it rounds to the printed value
 * at the printed number of decimals. The checks are read from each case's expected.json, so no
 * number of our own appears here.
 */
class PublishedCasesTest {

    /** data.csv as {@code [unit][rater]}, blank = NaN; the first column is the unit label. */
    static double[][] ratings(String caseName) throws IOException {
        List<String> lines = Files.readAllLines(Resources.path("/cases/agreement/" + caseName + "/data.csv"),
                StandardCharsets.UTF_8);
        List<double[]> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split(",", -1);
            double[] row = new double[cells.length - 1];
            for (int r = 1; r < cells.length; r++) {
                row[r - 1] = cells[r].isBlank() ? Double.NaN : Double.parseDouble(cells[r]);
            }
            rows.add(row);
        }
        return rows.toArray(new double[0][]);
    }

    /** Checks each printed entry of expected.json against {@code computed} (name → value). */
    static void assertPrinted(String caseName, Map<String, Object> computed) {
        Object expected = Json.parseDecimals(read(caseName));
        List<Object> checks = Json.arr(Json.at(expected, "checks"));
        assertFalse(checks.isEmpty());
        for (Object c : checks) {
            Map<String, Object> check = Json.obj(c);
            String name = (String) check.get("name");
            int decimals = ((BigDecimal) check.get("decimals")).intValue();
            Object value = check.get("value");
            if (!computed.containsKey(name)) {
                throw new AssertionError(caseName + ": no computed value for printed check " + name);
            }
            Object mine = computed.get(name);
            if (value instanceof List) {
                List<Object> printed = Json.arr(value);
                double[] got = (double[]) mine;
                assertEquals(printed.size(), got.length, name);
                for (int i = 0; i < got.length; i++) {
                    assertRounds((BigDecimal) printed.get(i), decimals, got[i], caseName + " " + name + "[" + i + "]");
                }
            } else {
                assertRounds((BigDecimal) value, decimals, (Double) mine, caseName + " " + name);
            }
        }
    }

    static void assertRounds(BigDecimal printed, int decimals, double computed, String what) {
        BigDecimal mine = new BigDecimal(computed).setScale(decimals, RoundingMode.HALF_UP);
        assertEquals(0, printed.setScale(decimals, RoundingMode.UNNECESSARY).compareTo(mine),
                what + ": printed " + printed + ", computed " + computed);
    }

    private static String read(String caseName) {
        try {
            return Files.readString(Resources.path("/cases/agreement/" + caseName + "/expected.json"));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** The values a Kendall's W case prints, under the case's own keys. */
    private static Map<String, Object> printed(KendallW.Result r) {
        Map<String, Object> m = new HashMap<>();
        m.put("W", r.w());
        m.put("chi2", r.chiSquare());
        m.put("df", (double) r.degreesOfFreedom());
        m.put("p_value", r.pValue());
        return m;
    }

    @Test
    void kendallWSiegelCastellanNoTies() throws IOException {
        String c = "kendall-w-siegel-castellan-8x3";
        KendallW.Result r = KendallW.withDefaults().of(ratings(c));
        assertPrinted(c, printed(r));
        assertEquals(0, r.tieTerm());
    }

    @Test
    void kendallWAnxietyTieCorrected() throws IOException {
        String c = "kendall-w-irr-anxiety-20x3";
        KendallW.Result r = KendallW.withDefaults().of(ratings(c));
        assertPrinted(c, printed(r));
        // derived_not_printed of the same case (verify.py): S = 3004, sum T = 1674
        assertEquals(3004, r.s(), 1e-9);
        assertEquals(1674, r.tieTerm(), 1e-9);
        // Without the correction the case's derived value is 0.5019215 (differs by 0.038).
        assertEquals(0.5019215, KendallW.withDefaults().withTieCorrection(false).of(ratings(c)).w(), 5e-8);
    }

    private static Map<String, Object> alphas(double[][] data) {
        Map<String, Object> m = new HashMap<>();
        for (AlphaMetric metric : AlphaMetric.values()) {
            double a = KrippendorffAlpha.withDefaults().withMetric(metric).of(data).alpha();
            String key = "alpha." + metric.name().toLowerCase(java.util.Locale.ROOT);
            m.put(key, a);
            m.put(key + " (6 dp)", a);
        }
        return m;
    }

    @Test
    void krippendorff2011FourMetrics() throws IOException {
        String c = "krippendorff-alpha-2011-4x12";
        double[][] data = ratings(c);
        assertPrinted(c, alphas(data));
        assertEquals(40, KrippendorffAlpha.withDefaults().of(data).pairableValues(), 1e-12);
        // SOURCE.md: irr/DescTools move unit 12's single value from observer B to C; alpha must not change.
        double[][] moved = new double[data.length][];
        for (int u = 0; u < data.length; u++) {
            moved[u] = data[u].clone();
        }
        moved[11][1] = Double.NaN;
        moved[11][2] = 3;
        for (AlphaMetric metric : AlphaMetric.values()) {
            KrippendorffAlpha a = KrippendorffAlpha.withDefaults().withMetric(metric);
            assertEquals(a.of(data).alpha(), a.of(moved).alpha(), 0, metric.name());
        }
    }

    @Test
    void krippendorffWikipediaEmptyUnits() throws IOException {
        String c = "krippendorff-alpha-wikipedia-3x15";
        assertPrinted(c, alphas(ratings(c)));
        assertEquals(26, KrippendorffAlpha.withDefaults().of(ratings(c)).pairableValues(), 1e-12);
    }

    @Test
    void fleissKappaWikipediaCounts() throws IOException {
        String c = "fleiss-kappa-wikipedia-10x14";
        double[][] table = ratings(c);
        int[][] counts = new int[table.length][];
        for (int i = 0; i < table.length; i++) {
            counts[i] = java.util.Arrays.stream(table[i]).mapToInt(x -> (int) x).toArray();
        }
        FleissKappa.Result r = FleissKappa.withDefaults().ofCounts(counts);
        Map<String, Object> m = new HashMap<>();
        m.put("kappa", r.kappa());
        for (int i = 0; i < 10; i++) {
            m.put("P_" + (i + 1), r.subjectAgreement()[i]);
        }
        assertPrinted(c, m);
    }

    @Test
    void fleissKappaDiagnosesRaterLayout() throws IOException {
        String c = "fleiss-kappa-fleiss1971-diagnoses-30x6";
        FleissKappa.Result r = FleissKappa.withDefaults().ofRatings(ratings(c));
        Map<String, Object> m = new HashMap<>();
        m.put("kappa", r.kappa());
        m.put("z", r.z());
        double[] totals = r.categoryShares();
        for (int j = 0; j < totals.length; j++) {
            totals[j] *= 180;
        }
        m.put("category_totals", totals);
        assertPrinted(c, m);
    }

    @Test
    void iccShroutFleiss() throws IOException {
        String c = "icc-shrout-fleiss-1979-6x4";
        IntraclassCorrelation.Result r = IntraclassCorrelation.withDefaults().of(ratings(c));
        Map<String, Object> m = new HashMap<>();
        String[] names = {"ICC(1,1)", "ICC(2,1)", "ICC(3,1)", "ICC(1,k)", "ICC(2,k)", "ICC(3,k)"};
        IccForm[] forms = {IccForm.ICC1_1, IccForm.ICC2_1, IccForm.ICC3_1, IccForm.ICC1_K, IccForm.ICC2_K,
            IccForm.ICC3_K};
        for (int f = 0; f < forms.length; f++) {
            IntraclassCorrelation.Estimate e = r.get(forms[f]);
            m.put(names[f], e.value());
            m.put(names[f] + " est", e.value());
            m.put(names[f] + " lci95", e.lower());
            m.put(names[f] + " uci95", e.upper());
        }
        assertPrinted(c, m);
    }
}
