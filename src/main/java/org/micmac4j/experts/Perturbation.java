package org.micmac4j.experts;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * The perturbation model of a single matrix: each non-zero, non-P off-diagonal cell moves by ±1
 * (each direction equally likely) with probability p, and each zero becomes 1 with probability
 * q. A move past the top of the scale goes down instead; a move below 0 stops at 0. P cells and
 * the diagonal never move.
 */
final class Perturbation implements DrawSource {
    private final DrawSource base;
    private final int n;
    private final double p;
    private final double q;
    private final double max;

    Perturbation(DrawSource base, int n, double p, double q, double max) {
        this.base = base;
        this.n = n;
        this.p = p;
        this.q = q;
        this.max = max;
    }

    @Override
    public DrawSource copy() {
        return new Perturbation(base.copy(), n, p, q, max);
    }

    @Override
    public void fill(UniformRandomProvider rng, double[] values, boolean[] potential) {
        base.fill(rng, values, potential);
        for (int i = 0, c = 0; i < n; i++) {
            for (int j = 0; j < n; j++, c++) {
                if (i == j || potential[c]) {
                    continue;
                }
                double v = values[c];
                if (v == 0) {
                    if (q > 0 && rng.nextDouble() < q) {
                        values[c] = 1;
                    }
                } else if (p > 0 && rng.nextDouble() < p) {
                    double up = v + 1;
                    values[c] = rng.nextBoolean() && up <= max ? up : up > max ? v - 1 : Math.max(0, v - 1);
                }
            }
        }
    }
}
