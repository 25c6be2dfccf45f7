package org.micmac4j.report;

import java.util.ArrayList;
import java.util.List;

import org.micmac4j.morph.Configuration;
import org.micmac4j.morph.MorphologicalResult;
import org.micmac4j.scenario.ScenarioSpace;
import org.micmac4j.report.render.TextTable;

/**
 * Plain-text tables of a morphological analysis for the terminal: the survival count of every
 * value (a value that no consistent configuration holds is marked "excluded"), then the listed
 * configurations.
 */
public final class MorphTable {
    private MorphTable() {
    }

    /**
     * @param result a morphological analysis
     * @return the survival table
     */
    public static String survival(MorphologicalResult result) {
        ScenarioSpace space = result.space();
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"parameter", "value", "configurations", "share", ""});
        for (int p = 0; p < space.descriptorCount(); p++) {
            for (int v = 0; v < space.variantCount(p); v++) {
                int g = space.offset(p) + v;
                java.math.BigInteger s = result.survival(g);
                String share = result.count().signum() == 0 ? "" : String.format(java.util.Locale.ROOT, "%.1f %%",
                        new java.math.BigDecimal(s).multiply(java.math.BigDecimal.valueOf(100))
                                .divide(new java.math.BigDecimal(result.count()), java.math.MathContext.DECIMAL64)
                                .doubleValue());
                String note = !result.field().isAllowed(g) ? "excluded" : s.signum() == 0 ? "impossible" : "";
                rows.add(new String[] {v == 0 ? space.descriptor(p).id() : "", space.descriptor(p).variant(v).id(),
                        s.toString(), share, note});
            }
        }
        return TextTable.render(rows, 2, 4);
    }

    /**
     * @param result a morphological analysis
     * @return the listed configurations, one per line, with their score on the ordinal scale
     */
    public static String configurations(MorphologicalResult result) {
        ScenarioSpace space = result.space();
        List<String[]> rows = new ArrayList<>();
        String[] head = new String[space.descriptorCount() + 2];
        head[0] = "#";
        head[head.length - 1] = "score";
        for (int p = 0; p < space.descriptorCount(); p++) {
            head[p + 1] = space.descriptor(p).id();
        }
        rows.add(head);
        int k = 0;
        for (Configuration c : result.configurations()) {
            String[] r = new String[head.length];
            r[0] = Integer.toString(++k);
            List<String> ids = space.variantIds(c.scenario());
            for (int p = 0; p < ids.size(); p++) {
                r[p + 1] = ids.get(p);
            }
            r[r.length - 1] = c.score().isPresent() ? Integer.toString(c.score().getAsInt()) : "";
            rows.add(r);
        }
        return TextTable.render(rows, head.length - 1, head.length);
    }
}
