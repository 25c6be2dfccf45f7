package org.micmac4j.operator;

import org.micmac4j.InfluenceMatrix;
import org.micmac4j.Ranking;
import org.micmac4j.internal.graph.BitMatrix;

/**
 * Boolean reachability, as in ISM: the transitive closure (the bit-set Warshall that ISM uses) of the graph
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
        BitMatrix direct = new BitMatrix(n);
        for (int i = 0; i < n; i++) {
            direct.set(i, i);
        }
        m.forEachLink(potentialWeight, (i, j, w) -> direct.set(i, j));
        BitMatrix reach = direct.closure();
        double[] driving = new double[n];
        double[] dependence = new double[n];
        for (int i = 0; i < n; i++) {
            driving[i] = reach.rowCount(i);
            dependence[i] = reach.columnCount(i);
        }
        return Ranking.of(m.variables(), driving, dependence);
    }
}
