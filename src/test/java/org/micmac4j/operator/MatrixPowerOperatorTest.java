package org.micmac4j.operator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.micmac4j.InfluenceMatrix;
import org.micmac4j.Micmac;
import org.micmac4j.Ranking;
import org.micmac4j.View;
import org.micmac4j.testutil.RandomMatrices;

class MatrixPowerOperatorTest {

    @Test
    void equalsTheIndirectViewOfTheAnalysis() {
        InfluenceMatrix m = RandomMatrices.withPotential(42, 20, 0.4, 0.1);
        Ranking op = IndirectOperators.matrixPower(5).rank(m, 3);
        Ranking view = Micmac.withDefaults().withOrder(5).analyze(m).view(View.POTENTIAL_INDIRECT).ranking();
        assertArrayEquals(view.influenceRanks(), op.influenceRanks());
        assertArrayEquals(view.dependences(), op.dependences(), 1e-12);
        assertEquals("matrix-power(k=5)", IndirectOperators.matrixPower(5).name());
        assertEquals("matrix-power(k=auto)", IndirectOperators.matrixPower(Micmac.ORDER_AUTO).name());
    }

    /** docs/METHOD.md §12: on random 30-variable matrices the order-7 ranking is close to the Perron ranking. */
    @Test
    void order7AgreesWithThePerronLimitOnARandomMatrix() {
        InfluenceMatrix m = InfluenceMatrix.of(RandomMatrices.classic(9, 30, 0.5));
        OperatorComparison c = OperatorComparison.of(m,
                List.of(IndirectOperators.matrixPower(7), IndirectOperators.perronLimit()));
        assertTrue(c.influenceTau(0, 1) > 0.95, "tau " + c.influenceTau(0, 1));
    }
}
