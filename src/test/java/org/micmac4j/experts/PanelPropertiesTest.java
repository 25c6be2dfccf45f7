package org.micmac4j.experts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.micmac4j.Draws;
import org.micmac4j.InfluenceMatrix;
import org.micmac4j.View;
import org.micmac4j.agreement.AlphaMetric;

/** Invariants of the synthesis and the agreement statistics (issue: "Done when"). */
class PanelPropertiesTest {

    /** A random panel of m experts on n variables, some blanks and P opinions. */
    static Panel randomPanel(long seed, int n, int m, double blank) {
        Random r = new Random(seed);
        List<org.micmac4j.Variable> vars = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            vars.add(org.micmac4j.Variable.of("V" + i));
        }
        Panel.Builder b = Panel.builder(vars);
        for (int e = 0; e < m; e++) {
            String name = "x" + e;
            b.expert(name);
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    if (i == j || r.nextDouble() < blank) {
                        continue;
                    }
                    if (r.nextDouble() < 0.05) {
                        b.potential(name, i, j);
                    } else {
                        b.set(name, i, j, r.nextInt(4));
                    }
                }
            }
            b.set(name, 0, 1, r.nextInt(4)); // nobody scores nothing
        }
        return b.build();
    }

    private static boolean sameCells(InfluenceMatrix a, InfluenceMatrix b) {
        for (int i = 0; i < a.size(); i++) {
            for (int j = 0; j < a.size(); j++) {
                if (a.isPotential(i, j) != b.isPotential(i, j) || a.value(i, j) != b.value(i, j)) {
                    return false;
                }
            }
        }
        return true;
    }

    @Property(tries = 60)
    void oneExpertIsThatExpertsMatrix(@ForAll long seed, @ForAll @IntRange(min = 2, max = 9) int n) {
        Panel one = randomPanel(seed, n, 1, 0);
        InfluenceMatrix grid = one.grid(0);
        for (AggregationRule rule : AggregationRule.values()) {
            InfluenceMatrix agg = PanelSynthesis.withDefaults().withRule(rule).aggregate(one);
            assertTrue(sameCells(grid, agg), rule.name());
            assertEquals(grid, agg, rule.name());
        }
    }

    @Property(tries = 40)
    void permutingExpertsChangesNothing(@ForAll long seed, @ForAll @IntRange(min = 3, max = 8) int n,
            @ForAll @IntRange(min = 2, max = 6) int m) {
        Panel p = randomPanel(seed, n, m, 0.3);
        List<Integer> order = new ArrayList<>();
        for (int e = 0; e < m; e++) {
            order.add(e);
        }
        Collections.shuffle(order, new Random(seed + 1));
        Panel q = p.select(order.stream().mapToInt(Integer::intValue).toArray());
        for (AggregationRule rule : AggregationRule.values()) {
            PanelSynthesis s = PanelSynthesis.withDefaults().withRule(rule);
            assertTrue(sameCells(s.aggregate(p), s.aggregate(q)), rule.name());
        }
        PanelAgreement a = PanelSynthesis.withDefaults().synthesize(p).agreement();
        PanelAgreement b = PanelSynthesis.withDefaults().synthesize(q).agreement();
        for (View v : PanelAgreement.rankedViews()) {
            assertEquals(a.kendallW(v).influence().w(), b.kendallW(v).influence().w(), 1e-12);
            assertEquals(a.kendallW(v).dependence().w(), b.kendallW(v).dependence().w(), 1e-12);
        }
        for (AlphaMetric metric : AlphaMetric.values()) {
            assertEquals(a.alpha(metric).alpha(), b.alpha(metric).alpha(), 1e-12, metric.name());
        }
    }

    @Property(tries = 40)
    void unanimousPanelsAgreeFully(@ForAll long seed, @ForAll @IntRange(min = 3, max = 9) int n,
            @ForAll @IntRange(min = 2, max = 5) int m) {
        Panel one = randomPanel(seed, n, 1, 0);
        Map<String, InfluenceMatrix> same = new LinkedHashMap<>();
        for (int e = 0; e < m; e++) {
            same.put("e" + e, one.grid(0));
        }
        Panel p = Panel.of(same);
        PanelResult r = PanelSynthesis.withDefaults().synthesize(p);
        for (AlphaMetric metric : AlphaMetric.values()) {
            double alpha = r.agreement().alpha(metric).alpha();
            // alpha is undefined (NaN) only when every value is the same (no variation at all).
            assertTrue(alpha == 1 || Double.isNaN(alpha) && r.agreement().alpha(metric).expectedDisagreement() == 0,
                    metric + " " + alpha);
        }
        for (View v : PanelAgreement.rankedViews()) {
            double w = r.agreement().kendallW(v).influence().w();
            assertTrue(Math.abs(w - 1) < 1e-9 || Double.isNaN(w), v + " " + w);
        }
        assertTrue(r.disputedCells().isEmpty());
        // Every cell is complete; identical raters: kappa 1 unless one category only.
        assertEquals(n * (n - 1), r.agreement().completeCells());
        double kappa = r.agreement().fleissKappa().kappa();
        assertTrue(Math.abs(kappa - 1) < 1e-12 || Double.isNaN(kappa), "kappa " + kappa);
        for (ExpertLeverage l : r.leaveOneOut()) {
            assertEquals(0, l.sectorChanges());
            assertEquals(0, l.maxRankShift());
        }
    }

    @Property(tries = 30)
    void inputsAreNotModified(@ForAll long seed) {
        Panel p = randomPanel(seed, 6, 3, 0.2);
        String before = tokens(p);
        PanelResult r = PanelSynthesis.withDefaults().withRule(AggregationRule.MEDIAN).synthesize(p);
        r.agreement();
        r.leaveOneOut();
        Robustness.withDefaults().withDraws(Draws.withDefaults().withCount(5).withThreads(1)).withCellDraws(true)
                .run(p, r.config());
        assertEquals(before, tokens(p));
    }

    private static String tokens(Panel p) {
        StringBuilder s = new StringBuilder();
        for (int e = 0; e < p.expertCount(); e++) {
            for (int i = 0; i < p.size(); i++) {
                for (int j = 0; j < p.size(); j++) {
                    s.append(p.token(e, i, j)).append(',');
                }
            }
        }
        return s.toString();
    }
}
