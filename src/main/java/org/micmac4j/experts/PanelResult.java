package org.micmac4j.experts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

import org.micmac4j.InfluenceMatrix;
import org.micmac4j.MicmacResult;
import org.micmac4j.View;
import org.micmac4j.ViewResult;

/**
 * The result of a {@link PanelSynthesis}: the aggregate matrix and its MICMAC analysis, coverage,
 * per-cell dispersion, the most disputed cells, the experts' agreement and leave-one-expert-out.
 * Agreement and leave-one-out are computed on first request (they analyse m more matrices each).
 * Thread-safe.
 */
public final class PanelResult {
    private final PanelSynthesis config;
    private final Panel panel;
    private final InfluenceMatrix aggregate;
    private final MicmacResult analysis;
    private Coverage coverage;
    private List<CellDispersion> dispersion;
    private PanelAgreement agreement;
    private List<ExpertLeverage> leaveOneOut;

    PanelResult(PanelSynthesis config, Panel panel, InfluenceMatrix aggregate, MicmacResult analysis) {
        this.config = config;
        this.panel = panel;
        this.aggregate = aggregate;
        this.analysis = analysis;
    }

    /** @return the configuration that produced this result */
    public PanelSynthesis config() {
        return config;
    }

    /** @return the panel */
    public Panel panel() {
        return panel;
    }

    /** @return the aggregate matrix */
    public InfluenceMatrix aggregate() {
        return aggregate;
    }

    /** @return the MICMAC analysis of the aggregate */
    public MicmacResult analysis() {
        return analysis;
    }

    /** @return opinions per cell */
    public synchronized Coverage coverage() {
        if (coverage == null) {
            coverage = new Coverage(panel, config.minCoverage());
        }
        return coverage;
    }

    /** @return the dispersion of every off-diagonal cell, row by row (unmodifiable) */
    public synchronized List<CellDispersion> dispersion() {
        if (dispersion == null) {
            int n = panel.size();
            int m = panel.expertCount();
            double[] v = new double[m];
            List<CellDispersion> out = new ArrayList<>(n * (n - 1));
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    if (i == j) {
                        continue;
                    }
                    int k = 0;
                    for (int e = 0; e < m; e++) {
                        if (panel.isPotential(e, i, j)) {
                            v[k++] = config.potentialValue();
                        } else if (!Double.isNaN(panel.score(e, i, j))) {
                            v[k++] = panel.score(e, i, j);
                        }
                    }
                    out.add(CellDispersion.of(i, j, v, k));
                }
            }
            dispersion = Collections.unmodifiableList(out);
        }
        return dispersion;
    }

    /**
     * The most disputed cells: those with at least two opinions that differ, by decreasing
     * standard deviation, then decreasing range, then row by row; at most
     * {@link PanelSynthesis#disputedCells()}.
     *
     * @return the cells (unmodifiable)
     */
    public List<CellDispersion> disputedCells() {
        List<CellDispersion> all = new ArrayList<>();
        for (CellDispersion d : dispersion()) {
            if (d.opinions() >= 2 && d.range() > 0) {
                all.add(d);
            }
        }
        all.sort(Comparator.comparingDouble(CellDispersion::standardDeviation).reversed()
                .thenComparing(Comparator.comparingDouble(CellDispersion::range).reversed())
                .thenComparingInt(CellDispersion::from).thenComparingInt(CellDispersion::to));
        return List.copyOf(all.subList(0, Math.min(config.disputedCells(), all.size())));
    }

    /** @return the agreement, or null with a single expert */
    public synchronized PanelAgreement agreement() {
        if (agreement == null && panel.expertCount() >= 2) {
            agreement = PanelAgreement.of(panel, config, aggregate);
        }
        return agreement;
    }

    /** @return one entry per expert, in panel order; empty with a single expert (unmodifiable) */
    public synchronized List<ExpertLeverage> leaveOneOut() {
        if (leaveOneOut == null) {
            List<ExpertLeverage> out = new ArrayList<>();
            if (panel.expertCount() >= 2) {
                ViewResult full = analysis.view(View.INDIRECT);
                for (int e = 0; e < panel.expertCount(); e++) {
                    InfluenceMatrix without = config.aggregate(panel.without(e));
                    ViewResult w = config.micmac().analyze(without).view(View.INDIRECT);
                    List<VariableShift> shifts = new ArrayList<>();
                    for (int i = 0; i < panel.size(); i++) {
                        shifts.add(new VariableShift(panel.variables().get(i), full.sector(i), w.sector(i),
                                full.influenceRank(i), w.influenceRank(i), full.dependenceRank(i),
                                w.dependenceRank(i)));
                    }
                    out.add(new ExpertLeverage(panel.experts().get(e), shifts));
                }
            }
            leaveOneOut = Collections.unmodifiableList(out);
        }
        return leaveOneOut;
    }
}
