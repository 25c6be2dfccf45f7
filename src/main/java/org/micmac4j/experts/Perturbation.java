package org.micmac4j.experts;

import java.util.Arrays;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.micmac4j.InfluenceMatrix;

/**
 * The perturbation model of a single matrix: independently for each off-diagonal cell that is not
 * P, a non-zero value moves by ±1 with probability p and a zero becomes 1 with probability q. A
 * moving value goes up or down with probability 1/2 each, except at the top of the scale, where it
 * goes down; a move below 0 stops at 0. P cells and the diagonal never move.
 *
 * <p>Drawn by geometric skipping rather than one uniform per cell, exact in distribution. With
 * r = max(p, q), the cells are visited in row-major order, the gap G to the next visited cell
 * following the geometric law P(G = g) = (1 - r)^g·r, g ≥ 0 (drawn as the floor of an exponential
 * variate of mean -1/ln(1 - r): P(G ≥ g) = (1 - r)^g), so that each cell is visited independently
 * with probability r, as a Bernoulli(r) trial per cell would. A visited cell then moves with
 * probability p/r when non-zero and q/r when zero (thinning: one more uniform, drawn only when that
 * ratio is below 1), hence with probability p or q overall, independently of every other cell. A
 * draw costs about r·n² variates instead of n², and touches only the cells it visits: the moved
 * cells go to {@link InfluenceMatrix#withCells}, which copies the matrix in its own storage once.
 */
final class Perturbation implements DrawSource {
    private final DrawSource base;
    private final double p;
    private final double q;
    private final double max;
    private final double rate;
    /** Mean of the exponential whose floor is the gap; NaN when r = 1 (every cell visited). */
    private final double gapMean;
    private int[] rows = new int[16];
    private int[] columns = new int[16];
    private double[] values = new double[16];

    /**
     * @param base the matrix of each draw before the perturbation
     * @param p probability that a non-zero cell moves, in [0, 1]
     * @param q probability that a zero cell becomes 1, in [0, 1]; p + q &gt; 0
     * @param max the top of the scale, at least 1
     */
    Perturbation(DrawSource base, double p, double q, double max) {
        this.base = base;
        this.p = p;
        this.q = q;
        this.max = max;
        this.rate = Math.max(p, q);
        this.gapMean = rate < 1 ? -1 / Math.log1p(-rate) : Double.NaN;
    }

    @Override
    public DrawSource copy() {
        return new Perturbation(base.copy(), p, q, max);
    }

    @Override
    public InfluenceMatrix draw(UniformRandomProvider rng) {
        InfluenceMatrix m = base.draw(rng);
        int n = m.size();
        boolean anyP = m.potentialCount() > 0;
        double keepNonZero = p / rate;
        double keepZero = q / rate;
        ZigguratSampler.Exponential gaps = rate < 1 ? ZigguratSampler.Exponential.of(rng, gapMean) : null;
        int count = 0;
        // The visited cell (row, column) advances by 1 + G in row-major order. A long division
        // costs more than the rest of a visit: subtract rows while the gap is short, divide only
        // past a few rows.
        long row = 0;
        long column = -1;
        while (true) {
            column += 1 + gap(gaps);
            if (column >= n) {
                if (column < 4L * n) {
                    do {
                        column -= n;
                        row++;
                    } while (column >= n);
                } else {
                    row += column / n;
                    column %= n;
                }
                if (row >= n) {
                    break;
                }
            }
            int i = (int) row;
            int j = (int) column;
            if (i == j || anyP && m.isPotential(i, j)) {
                continue;
            }
            double v = m.value(i, j);
            double keep = v == 0 ? keepZero : keepNonZero;
            if (keep < 1 && rng.nextDouble() >= keep) {
                continue;
            }
            double moved;
            if (v == 0) {
                moved = 1;
            } else if (v + 1 <= max && rng.nextBoolean()) {
                moved = v + 1;
            } else {
                moved = Math.max(0, v - 1);
            }
            if (count == rows.length) {
                grow();
            }
            rows[count] = i;
            columns[count] = j;
            values[count++] = moved;
        }
        return count == 0 ? m : m.withCells(rows, columns, values, count);
    }

    /** G, the number of cells skipped before the next visited one. */
    private static long gap(ZigguratSampler.Exponential gaps) {
        if (gaps == null) {
            return 0;
        }
        // A gap past the long range (r below about 1e-17) is the same as one past the last cell.
        double g = Math.floor(gaps.sample());
        return g >= Long.MAX_VALUE / 4 ? Long.MAX_VALUE / 4 : (long) g;
    }

    private void grow() {
        int size = rows.length * 2;
        rows = Arrays.copyOf(rows, size);
        columns = Arrays.copyOf(columns, size);
        values = Arrays.copyOf(values, size);
    }
}
