package org.micmac4j.experts;

import java.util.List;

import org.micmac4j.InfluenceMatrix;
import org.micmac4j.Scale;
import org.micmac4j.Variable;

/** Builds a matrix from row-major kernel buffers (aggregates and Monte Carlo draws). */
final class GridMatrix {
    private GridMatrix() {
    }

    static InfluenceMatrix build(List<Variable> variables, double[] values, boolean[] potential, Scale scale) {
        int n = variables.size();
        InfluenceMatrix.Builder b = InfluenceMatrix.builder(variables).scale(scale);
        for (int i = 0, c = 0; i < n; i++) {
            for (int j = 0; j < n; j++, c++) {
                if (potential[c]) {
                    b.potential(i, j);
                } else if (values[c] != 0) {
                    b.set(i, j, values[c]);
                }
            }
        }
        return b.build();
    }
}
