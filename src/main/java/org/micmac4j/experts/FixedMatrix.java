package org.micmac4j.experts;

import org.apache.commons.rng.UniformRandomProvider;
import org.micmac4j.InfluenceMatrix;

/** The same matrix in every draw (the base of a perturbation). */
final class FixedMatrix implements DrawSource {
    private final double[] values;
    private final boolean[] potential;

    FixedMatrix(InfluenceMatrix m) {
        int n = m.size();
        values = new double[n * n];
        potential = new boolean[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                potential[i * n + j] = m.isPotential(i, j);
                values[i * n + j] = m.isPotential(i, j) ? 0 : m.value(i, j);
            }
        }
    }

    @Override
    public DrawSource copy() {
        return this;
    }

    @Override
    public void fill(UniformRandomProvider rng, double[] out, boolean[] outPotential) {
        System.arraycopy(values, 0, out, 0, values.length);
        System.arraycopy(potential, 0, outPotential, 0, potential.length);
    }
}
