package org.micmac4j.experts;

import org.apache.commons.rng.UniformRandomProvider;
import org.micmac4j.InfluenceMatrix;
import org.micmac4j.Scale;

/**
 * A draw from a panel: experts resampled with replacement (bootstrap) and/or each cell drawn from
 * one of its opinions, chosen with probability proportional to the expert's weight.
 */
final class PanelDraws implements DrawSource {
    private final Panel panel;
    private final PanelSynthesis synthesis;
    private final boolean bootstrap;
    private final boolean cellDraws;
    private final int[] members;
    private final Aggregator aggregator;
    private final double[] values;
    private final boolean[] potential;
    private final InfluenceMatrix.Builder builder;

    PanelDraws(Panel panel, PanelSynthesis synthesis, boolean bootstrap, boolean cellDraws) {
        this.panel = panel;
        this.synthesis = synthesis;
        this.bootstrap = bootstrap;
        this.cellDraws = cellDraws;
        this.members = new int[panel.expertCount()];
        this.aggregator = new Aggregator(synthesis.rule(), synthesis.potentialValue(), panel.expertCount());
        int n = panel.size();
        this.values = new double[n * n];
        this.potential = new boolean[n * n];
        this.builder = InfluenceMatrix.builder(panel.variables()).scale(Scale.PERMISSIVE);
    }

    @Override
    public DrawSource copy() {
        return new PanelDraws(panel, synthesis, bootstrap, cellDraws);
    }

    @Override
    public InfluenceMatrix draw(UniformRandomProvider rng) {
        fill(rng);
        return GridMatrix.refill(builder, panel.size(), values, potential);
    }

    private void fill(UniformRandomProvider rng) {
        int m = panel.expertCount();
        for (int x = 0; x < m; x++) {
            members[x] = bootstrap ? rng.nextInt(m) : x;
        }
        if (!cellDraws) {
            aggregator.aggregate(panel, members, m, values, potential);
            return;
        }
        int n = panel.size();
        for (int i = 0, c = 0; i < n; i++) {
            for (int j = 0; j < n; j++, c++) {
                values[c] = 0;
                potential[c] = false;
                if (i == j) {
                    continue;
                }
                double total = 0;
                for (int x = 0; x < m; x++) {
                    if (panel.hasOpinion(members[x], i, j)) {
                        total += panel.weight(members[x]);
                    }
                }
                if (total == 0) {
                    continue;
                }
                double u = rng.nextDouble() * total;
                int chosen = -1;
                for (int x = 0; x < m && chosen < 0; x++) {
                    if (panel.hasOpinion(members[x], i, j)) {
                        u -= panel.weight(members[x]);
                        if (u < 0) {
                            chosen = members[x];
                        }
                    }
                }
                if (chosen < 0) {
                    // Rounding left u at about 0 after the last opinion: take the last one.
                    for (int x = m - 1; x >= 0 && chosen < 0; x--) {
                        if (panel.hasOpinion(members[x], i, j)) {
                            chosen = members[x];
                        }
                    }
                }
                if (panel.isPotential(chosen, i, j)) {
                    potential[c] = true;
                } else {
                    values[c] = panel.score(chosen, i, j);
                }
            }
        }
    }
}
