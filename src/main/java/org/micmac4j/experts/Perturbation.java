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
 * <p>Drawn by geometric skipping rather than one uniform per cell, exact in distribution. A
 * Bernoulli(r) trial on each cell of a list, in order, is the same as visiting the cells whose
 * trial succeeds, the gap G to the next one following the geometric law P(G = g) = (1 - r)^g·r,
 * g ≥ 0 (drawn as the floor of an exponential variate of mean -1/ln(1 - r): P(G ≥ g) = (1 - r)^g).
 * <ul>
 *   <li>A fixed matrix (up to 2^24 cells) lists its non-zero and its zero perturbable cells once;
 *       each draw runs one process at rate p over the first list and one at rate q over the
 *       second, merged in row-major order: about p·n₁ + q·n₀ variates, every visit a move.</li>
 *   <li>Otherwise (a panel's draw changes per draw): one process at rate r = max(p, q) over all
 *       the cells, a visited cell then moving with probability p/r when non-zero and q/r when zero
 *       (thinning: one more uniform, drawn only when that ratio is below 1).</li>
 * </ul>
 * Either way each cell moves with probability p or q, independently of every other cell, and only
 * the moved cells are written, by {@link InfluenceMatrix#withCells}, which copies the matrix in
 * its own storage once.
 */
final class Perturbation implements DrawSource {
    private final DrawSource base;
    private final double p;
    private final double q;
    private final double max;
    private final double rate;
    /** Mean of the exponential whose floor is the gap; NaN when r = 1 (every cell visited). */
    private final double gapMean;
    /**
     * The perturbable cells of a fixed base by kind (positions i·n + j in row-major order), so that
     * each kind is skipped at its own rate with no thinning; null for a base that changes per draw
     * or is too large to list.
     */
    private final Kinds kinds;
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
        this(base, p, q, max, base instanceof FixedMatrix ? Kinds.of(((FixedMatrix) base).matrix()) : null);
    }

    private Perturbation(DrawSource base, double p, double q, double max, Kinds kinds) {
        this.base = base;
        this.p = p;
        this.q = q;
        this.max = max;
        this.rate = Math.max(p, q);
        this.gapMean = rate < 1 ? -1 / Math.log1p(-rate) : Double.NaN;
        this.kinds = kinds;
    }

    @Override
    public DrawSource copy() {
        return new Perturbation(base.copy(), p, q, max, kinds);
    }

    @Override
    public InfluenceMatrix draw(UniformRandomProvider rng) {
        InfluenceMatrix m = base.draw(rng);
        int count = kinds != null ? drawByKind(m, rng) : drawAll(m, rng);
        return count == 0 ? m : m.withCells(rows, columns, values, count);
    }

    /**
     * Two Bernoulli processes, the non-zero cells at rate p and the zeros at rate q, each by its
     * geometric gaps, merged in row-major order: p·n₁ + q·n₀ visits, each a move.
     */
    private int drawByKind(InfluenceMatrix m, UniformRandomProvider rng) {
        int n = m.size();
        int[] nonZero = kinds.nonZero;
        int[] zero = kinds.zero;
        ZigguratSampler.Exponential gapsP = sampler(rng, p);
        ZigguratSampler.Exponential gapsQ = sampler(rng, q);
        long a = p > 0 ? gap(gapsP) : Long.MAX_VALUE;
        long b = q > 0 ? gap(gapsQ) : Long.MAX_VALUE;
        int count = 0;
        while (a < nonZero.length || b < zero.length) {
            int ca = a < nonZero.length ? nonZero[(int) a] : Integer.MAX_VALUE;
            int cb = b < zero.length ? zero[(int) b] : Integer.MAX_VALUE;
            int c;
            double moved;
            if (ca < cb) {
                c = ca;
                double v = m.value(c / n, c % n);
                moved = v + 1 <= max && rng.nextBoolean() ? v + 1 : Math.max(0, v - 1);
                a += 1 + gap(gapsP);
            } else {
                c = cb;
                moved = 1;
                b += 1 + gap(gapsQ);
            }
            if (count == rows.length) {
                grow();
            }
            rows[count] = c / n;
            columns[count] = c % n;
            values[count++] = moved;
        }
        return count;
    }

    /** Exponential gaps of a Bernoulli(prob) process; null when every cell is taken (prob = 1). */
    private static ZigguratSampler.Exponential sampler(UniformRandomProvider rng, double prob) {
        return prob > 0 && prob < 1 ? ZigguratSampler.Exponential.of(rng, -1 / Math.log1p(-prob)) : null;
    }

    /** One process at rate r = max(p, q) over every cell, thinned to p or q by each cell's value. */
    private int drawAll(InfluenceMatrix m, UniformRandomProvider rng) {
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
        return count;
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

    /** The perturbable cells of a fixed matrix, by kind. */
    private record Kinds(int[] nonZero, int[] zero) {
        /** Lists up to this many cells (64 MB of positions at most); a larger matrix is thinned. */
        static final long MAX_CELLS = 1L << 24;

        static Kinds of(InfluenceMatrix m) {
            int n = m.size();
            if ((long) n * n > MAX_CELLS) {
                return null;
            }
            int nz = 0;
            int z = 0;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    if (i != j && !m.isPotential(i, j)) {
                        if (m.value(i, j) != 0) {
                            nz++;
                        } else {
                            z++;
                        }
                    }
                }
            }
            int[] nonZero = new int[nz];
            int[] zero = new int[z];
            nz = 0;
            z = 0;
            for (int i = 0, c = 0; i < n; i++) {
                for (int j = 0; j < n; j++, c++) {
                    if (i != j && !m.isPotential(i, j)) {
                        if (m.value(i, j) != 0) {
                            nonZero[nz++] = c;
                        } else {
                            zero[z++] = c;
                        }
                    }
                }
            }
            return new Kinds(nonZero, zero);
        }
    }

    private void grow() {
        int size = rows.length * 2;
        rows = Arrays.copyOf(rows, size);
        columns = Arrays.copyOf(columns, size);
        values = Arrays.copyOf(values, size);
    }
}
