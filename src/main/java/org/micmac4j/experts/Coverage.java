package org.micmac4j.experts;

import java.util.ArrayList;
import java.util.List;

/**
 * How many opinions each off-diagonal cell received.
 *
 * <p>Example: {@code coverage.below(2)} lists the cells scored by at most one expert; their
 * aggregate rests on a single opinion (or on none: 0).
 */
public final class Coverage {
    private final int n;
    private final int[] counts;
    private final int threshold;

    Coverage(Panel panel, int threshold) {
        this.n = panel.size();
        this.counts = new int[n * n];
        this.threshold = threshold;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                counts[i * n + j] = i == j ? 0 : panel.opinionCount(i, j);
            }
        }
    }

    /**
     * @param i row
     * @param j column
     * @return the number of opinions on the cell
     */
    public int count(int i, int j) {
        return counts[i * n + j];
    }

    /** @return the configured threshold ({@link PanelSynthesis#minCoverage()}) */
    public int threshold() {
        return threshold;
    }

    /**
     * @param k a number of opinions
     * @return the off-diagonal cells with fewer than k opinions, row by row
     */
    public List<CellCoverage> below(int k) {
        List<CellCoverage> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i != j && counts[i * n + j] < k) {
                    out.add(new CellCoverage(i, j, counts[i * n + j]));
                }
            }
        }
        return out;
    }

    /** @return the cells below the configured threshold */
    public List<CellCoverage> weak() {
        return below(threshold);
    }

    /** @return the cells nobody scored (aggregated as 0) */
    public List<CellCoverage> uncovered() {
        return below(1);
    }

    /** @return the smallest number of opinions over the off-diagonal cells */
    public int minimum() {
        int min = Integer.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i != j) {
                    min = Math.min(min, counts[i * n + j]);
                }
            }
        }
        return n < 2 ? 0 : min;
    }
}
