package org.micmac4j.report.dematel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.micmac4j.dematel.Dematel;
import org.micmac4j.dematel.DematelResult;
import org.micmac4j.dematel.VariableScores;
import org.micmac4j.report.internal.render.Numbers;
import org.micmac4j.report.internal.render.TextTable;

/**
 * A DEMATEL result as plain text, for a terminal: one row per variable (id, D, R, D+R, D−R,
 * weight, role), then the threshold and the number of relations above it (or that they were left
 * out) and the largest eigenvalue of T.
 */
final class DematelTable {
    /** Decimals shown (the JSON output has every digit). */
    static final int DECIMALS = 4;

    private DematelTable() {
    }

    /**
     * @param result a DEMATEL analysis
     * @return the table, lines ending in {@code \n}
     */
    static String of(DematelResult result, DematelRelations relations) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"id", "D", "R", "D+R", "D-R", "weight", "role"});
        for (VariableScores s : result.scores()) {
            rows.add(new String[] {s.variable().id(), fixed(s.d()), fixed(s.r()), fixed(s.dPlusR()),
                fixed(s.dMinusR()), fixed(s.weight()), s.role().name()});
        }
        StringBuilder sb = new StringBuilder(TextTable.render(rows, 1, 6));
        sb.append('\n');
        if (relations.leftOut()) {
            sb.append(String.format(Locale.ROOT,
                    "relations (cells of T above the %s threshold) left out at %d variables "
                    + "(T is an O(n³) solve; micmac dematel --relations computes it); largest eigenvalue of T %s",
                    result.config().thresholdRule(), result.size(), fixed(result.largestEigenvalueOfT())));
        } else {
            sb.append(String.format(Locale.ROOT, "threshold (%s of T) %s: %d relations above it; largest eigenvalue "
                    + "of T %s", result.config().thresholdRule(), fixed(result.threshold()), relations.count(),
                    fixed(result.largestEigenvalueOfT())));
        }
        sb.append('\n');
        sb.append(String.format(Locale.ROOT, "N = Z / %s (%s)%s", Numbers.compact(result.divisor()),
                result.config().normalization(), result.config().rounding() == Dematel.ROUNDING_NONE ? ""
                        : ", rounded to " + result.config().rounding() + " decimals")).append('\n');
        sb.append("D: influence given (row sums of T); R: influence received (column sums); D-R > 0: cause group.\n");
        return sb.toString();
    }

    static String fixed(double v) {
        return Numbers.fixed(v, DECIMALS);
    }
}
