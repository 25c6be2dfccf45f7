package org.micmac4j.operator;

import java.util.BitSet;

import org.micmac4j.InfluenceMatrix;
import org.micmac4j.Ranking;

/**
 * Boolean reachability, as in ISM: the transitive closure (Warshall, on bit sets) of the graph
 * i → j where m_ij &gt; 0, with every variable reaching itself. Influence = driving power (how
 * many variables i reaches, itself included), dependence = dependence power (how many reach j).
 *
 * <p>Example: the chain A → B → C gives driving power 3, 2, 1 and dependence power 1, 2, 3.
 * Immutable; one shared instance.
 */
final class BooleanReachability implements IndirectOperator {
    static final BooleanReachability INSTANCE = new BooleanReachability();

    private BooleanReachability() {
    }

    @Override
    public String name() {
        return "boolean-reachability";
    }

    @Override
    public Ranking rank(InfluenceMatrix m, double potentialWeight) {
        int n = m.size();
        double[] w = Weights.rowMajor(m, potentialWeight);
        BitSet[] reach = new BitSet[n];
        for (int i = 0; i < n; i++) {
            reach[i] = new BitSet(n);
            reach[i].set(i);
            for (int j = 0; j < n; j++) {
                if (w[i * n + j] > 0) {
                    reach[i].set(j);
                }
            }
        }
        for (int k = 0; k < n; k++) {
            for (int i = 0; i < n; i++) {
                if (reach[i].get(k)) {
                    reach[i].or(reach[k]);
                }
            }
        }
        double[] driving = new double[n];
        double[] dependence = new double[n];
        for (int i = 0; i < n; i++) {
            driving[i] = reach[i].cardinality();
            for (int j = reach[i].nextSetBit(0); j >= 0; j = reach[i].nextSetBit(j + 1)) {
                dependence[j]++;
            }
        }
        return Ranking.of(m.variables(), driving, dependence);
    }
}
