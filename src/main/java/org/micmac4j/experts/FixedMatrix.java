package org.micmac4j.experts;

import org.apache.commons.rng.UniformRandomProvider;
import org.micmac4j.InfluenceMatrix;

/** The same matrix in every draw (the base of a perturbation, or alone under P-weight or split-rule draws). */
final class FixedMatrix implements DrawSource {
    private final InfluenceMatrix matrix;

    FixedMatrix(InfluenceMatrix matrix) {
        this.matrix = matrix;
    }

    /** @return the matrix */
    InfluenceMatrix matrix() {
        return matrix;
    }

    @Override
    public DrawSource copy() {
        return this;
    }

    @Override
    public InfluenceMatrix draw(UniformRandomProvider rng) {
        return matrix;
    }
}
