package org.micmac4j.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.micmac4j.cib.CibMatrix;
import org.micmac4j.cib.CibResult;
import org.micmac4j.cib.CibScenario;
import org.micmac4j.cib.SuccessionResult;
import org.micmac4j.scenario.Scenario;
import org.micmac4j.scenario.ScenarioSpace;
import org.micmac4j.report.render.TextTable;

/**
 * Plain-text summary of a CIB solution set for the terminal: the size of the space, the number of
 * scenarios found, then one line per scenario (inconsistency, consistency value, total impact
 * score, weight, one column per descriptor).
 */
public final class CibTable {
    /** Default number of scenarios printed: 50. */
    public static final int SHOWN_DEFAULT = 50;

    private CibTable() {
    }

    /**
     * @param matrix the matrix
     * @param result its solution set
     * @param weights succession weights, or null
     * @param shown how many scenarios to print
     * @return the text, lines ending in {@code \n}
     */
    public static String of(CibMatrix matrix, CibResult result, SuccessionResult weights, int shown) {
        ScenarioSpace space = matrix.space();
        StringBuilder sb = new StringBuilder();
        sb.append(space.descriptorCount()).append(" descriptors, ").append(space.totalVariants()).append(" variants, ")
                .append(space.size()).append(" scenarios\n");
        long consistent = result.scenarios().stream().filter(CibScenario::isConsistent).count();
        sb.append(consistent).append(" consistent scenario").append(consistent == 1 ? "" : "s");
        if (result.config().maxInconsistency() > 0) {
            sb.append(", ").append(result.size()).append(" with inconsistency <= ")
                    .append(result.config().maxInconsistency());
        }
        sb.append('\n');
        if (weights != null) {
            sb.append("succession weights: ").append(weights.mode().name().toLowerCase(java.util.Locale.ROOT))
                    .append(", ").append(weights.starts()).append(" starts, ").append(weights.fixedPoints().size())
                    .append(" fixed points, ").append(weights.cycles().size()).append(" cycles (")
                    .append(weights.cycleStarts()).append(" starts end in a cycle)\n");
        }
        if (result.size() == 0) {
            return sb.toString();
        }
        sb.append('\n');
        Map<Scenario, Long> w = weights == null ? Map.of() : weights.weights();
        List<String[]> rows = new ArrayList<>();
        int n = space.descriptorCount();
        String[] head = solutionHeader(space);
        rows.add(head);
        int k = 0;
        for (CibScenario s : result.scenarios()) {
            if (k == shown) {
                break;
            }
            String[] r = new String[head.length];
            r[0] = Integer.toString(++k);
            r[1] = Integer.toString(s.inconsistency());
            r[2] = Integer.toString(s.consistencyValue());
            r[3] = Long.toString(s.totalImpactScore());
            r[4] = weights == null ? "" : Long.toString(w.getOrDefault(s.scenario(), 0L));
            List<String> ids = space.variantIds(s.scenario());
            for (int d = 0; d < n; d++) {
                r[d + 5] = ids.get(d);
            }
            rows.add(r);
        }
        sb.append(TextTable.render(rows, 0, 5));
        if (result.size() > shown) {
            sb.append("... ").append(result.size() - shown).append(" more (--json or --sl list them all)\n");
        }
        return sb.toString();
    }

    /** The header of a solution list: #, IC, CV, TIS, weight, then one column per descriptor id. */
    static String[] solutionHeader(ScenarioSpace space) {
        int n = space.descriptorCount();
        String[] head = new String[n + 5];
        head[0] = "#";
        head[1] = "IC";
        head[2] = "CV";
        head[3] = "TIS";
        head[4] = "weight";
        for (int d = 0; d < n; d++) {
            head[d + 5] = space.descriptor(d).id();
        }
        return head;
    }
}
