package org.micmac4j.operator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.micmac4j.InfluenceMatrix;
import org.micmac4j.Micmac;
import org.micmac4j.Ranking;
import org.micmac4j.Scale;
import org.micmac4j.Variable;

/**
 * Operators run on the stored matrix: at n = 50 000 (n² = 2.5·10⁹ overflows an int from
 * n = 46 341) a sparse matrix built from links is ranked without a dense copy, and the results
 * equal sums computed here from the link list alone.
 */
class OperatorScaleTest {
    private static final int N = 50_000;

    @Test
    void sparseOperatorsAboveTheIntSquareLimit() {
        Random rnd = new Random(11);
        int[] from = new int[3 * N];
        int[] to = new int[3 * N];
        double[] w = new double[3 * N];
        int k = 0;
        for (int i = 0; i < N; i++) {
            Set<Integer> seen = new HashSet<>();
            while (seen.size() < 3) {
                int j = rnd.nextInt(N);
                if (j != i && seen.add(j)) {
                    from[k] = i;
                    to[k] = j;
                    w[k++] = 1 + rnd.nextInt(3);
                }
            }
        }
        List<Variable> vs = new ArrayList<>(N);
        for (int i = 0; i < N; i++) {
            vs.add(Variable.of("v" + i));
        }
        InfluenceMatrix m = InfluenceMatrix.fromLinks(vs, from, to, w, Scale.CLASSIC);

        // S_2 = M + M²: row sums r1 + M·r1, column sums c1 + Mᵀ·c1, as shares
        double[] r1 = new double[N];
        double[] c1 = new double[N];
        for (int e = 0; e < k; e++) {
            r1[from[e]] += w[e];
            c1[to[e]] += w[e];
        }
        double[] r2 = r1.clone();
        double[] c2 = c1.clone();
        for (int e = 0; e < k; e++) {
            r2[from[e]] += w[e] * r1[to[e]];
            c2[to[e]] += w[e] * c1[from[e]];
        }
        double rt = 0;
        double ct = 0;
        for (int i = 0; i < N; i++) {
            rt += r2[i];
            ct += c2[i];
        }
        Ranking c = IndirectOperators.cumulative(2).rank(m);
        for (int i = 0; i < N; i += 997) {
            assertEquals(r2[i] / rt, c.influence(i), 1e-12 * r2[i] / rt, "influence " + i);
            assertEquals(c2[i] / ct, c.dependence(i), 1e-12 * c2[i] / ct, "dependence " + i);
        }

        // the Perron limit: x = M·x / λ within the iteration's tolerance
        Ranking p = IndirectOperators.perronLimit().rank(m);
        double[] x = p.influences();
        double[] y = new double[N];
        for (int e = 0; e < k; e++) {
            y[from[e]] += w[e] * x[to[e]];
        }
        double sx = 0;
        double sy = 0;
        double max = 0;
        for (int i = 0; i < N; i++) {
            sx += x[i];
            sy += y[i];
            max = Math.max(max, x[i]);
        }
        assertEquals(1, sx, 1e-9);
        double lambda = sy / sx;
        for (int i = 0; i < N; i++) {
            assertTrue(Math.abs(y[i] - lambda * x[i]) <= 1e-9 * lambda * max, "Perron residual at " + i);
        }
        // one Perron limit: the operator and the structure diagnosis agree
        Ranking d = Micmac.withDefaults().analyze(m).structure().perronLimit().orElseThrow();
        for (int i = 0; i < N; i += 997) {
            assertEquals(p.influence(i), d.influence(i), 0.0);
            assertEquals(p.dependence(i), d.dependence(i), 0.0);
        }
    }
}
