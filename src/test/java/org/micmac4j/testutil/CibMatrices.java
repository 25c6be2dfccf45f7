package org.micmac4j.testutil;

import java.util.ArrayList;
import java.util.List;

import org.micmac4j.cib.CibMatrix;
import org.micmac4j.scenario.Descriptor;
import org.micmac4j.scenario.ScenarioSpace;
import org.micmac4j.scenario.Variant;

/** CIB matrices whose solution sets are known without solving. */
public final class CibMatrices {
    private CibMatrices() {
    }

    /**
     * @param descriptors how many descriptors, each with variants a, b, c
     * @return the all-zero matrix: every impact score is 0, so all 3^descriptors scenarios tie and
     *         are consistent
     */
    public static CibMatrix zeros(int descriptors) {
        List<Descriptor> ds = new ArrayList<>();
        for (int d = 0; d < descriptors; d++) {
            ds.add(Descriptor.of("D" + d, List.of(Variant.of("a"), Variant.of("b"), Variant.of("c"))));
        }
        ScenarioSpace s = ScenarioSpace.of(ds);
        return CibMatrix.of(s, new int[s.totalVariants()][s.totalVariants()]);
    }
}
