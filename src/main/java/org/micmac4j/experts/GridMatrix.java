package org.micmac4j.experts;

import java.util.List;

import org.micmac4j.InfluenceMatrix;
import org.micmac4j.Scale;
import org.micmac4j.Variable;

/**
 * Builds matrices from row-major kernel buffers (aggregates and panel draws). A Monte Carlo worker
 * keeps one {@link InfluenceMatrix.Builder} and refills every cell per draw: the builder's arrays
 * are allocated once, and {@code build()} converts them into the matrix's own store, so a draw
 * allocates nothing of size n² beyond the matrix itself.
 */
final class GridMatrix {
    private GridMatrix() {
    }

    static InfluenceMatrix build(List<Variable> variables, double[] values, boolean[] potential, Scale scale) {
        return refill(InfluenceMatrix.builder(variables).scale(scale), variables.size(), values, potential);
    }

    /** Overwrites every cell of a builder (so that it can be reused) and builds. */
    static InfluenceMatrix refill(InfluenceMatrix.Builder b, int n, double[] values, boolean[] potential) {
        for (int i = 0, c = 0; i < n; i++) {
            for (int j = 0; j < n; j++, c++) {
                if (potential[c]) {
                    b.potential(i, j);
                } else {
                    b.set(i, j, values[c]);
                }
            }
        }
        return b.build();
    }
}
