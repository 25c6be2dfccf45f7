package org.micmac4j.report.morph;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

import org.micmac4j.morph.Configuration;
import org.micmac4j.morph.MorphologicalResult;
import org.micmac4j.report.internal.SheetTable;
import org.micmac4j.scenario.ScenarioSpace;

/** The tables of a morphological analysis: the folder's CSV files and the workbook's sheets. */
final class MorphSheets {
    /** Largest count written as a number cell: a spreadsheet number is a double, exact up to 2^53. */
    private static final BigInteger EXACT_IN_A_DOUBLE = BigInteger.ONE.shiftLeft(53);

    private MorphSheets() {
    }

    /** The listed configurations: #, one column per parameter, the score (ordinal scale). */
    static SheetTable configurations(MorphologicalResult result) {
        ScenarioSpace space = result.space();
        List<String> head = new ArrayList<>(List.of("#"));
        for (int p = 0; p < space.descriptorCount(); p++) {
            head.add(space.descriptor(p).id());
        }
        head.add("score");
        List<List<Object>> rows = new ArrayList<>();
        int k = 0;
        for (Configuration c : result.configurations()) {
            List<Object> row = new ArrayList<>(List.of(++k));
            row.addAll(space.variantIds(c.scenario()));
            row.add(c.score().isPresent() ? (Object) c.score().getAsInt() : null);
            rows.add(row);
        }
        return new SheetTable("configurations", head, rows, 1);
    }

    /** Every value: the consistent configurations holding it, their share, whether excluded or impossible. */
    static SheetTable survival(MorphologicalResult result) {
        ScenarioSpace space = result.space();
        List<List<Object>> rows = new ArrayList<>();
        for (int p = 0; p < space.descriptorCount(); p++) {
            for (int v = 0; v < space.variantCount(p); v++) {
                int g = space.offset(p) + v;
                BigInteger s = result.survival(g);
                Double share = result.count().signum() == 0 ? null : new BigDecimal(s)
                        .divide(new BigDecimal(result.count()), MathContext.DECIMAL64).doubleValue();
                rows.add(SheetTable.row(space.descriptor(p).id(), space.descriptor(p).variant(v).id(), count(s), share,
                        !result.field().isAllowed(g) ? "excluded" : s.signum() == 0 ? "impossible" : ""));
            }
        }
        return new SheetTable("survival", List.of("parameter", "value", "configurations", "share", "note"), rows, 2);
    }

    /** A count as a number cell when a double holds it exactly, else as its digits. */
    private static Object count(BigInteger n) {
        return n.compareTo(EXACT_IN_A_DOUBLE) <= 0 ? (Object) n.longValue() : n.toString();
    }
}
