package org.micmac4j.testutil;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.micmac4j.cib.CibMatrix;
import org.micmac4j.scenario.Descriptor;
import org.micmac4j.scenario.ScenarioSpace;
import org.micmac4j.scenario.Variant;

/** CIB matrices for tests: some whose solution sets are known without solving, and seeded random ones. */
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

    /**
     * @param descriptors how many descriptors, D1, D2, …, each with variants a, b, c
     * @param seed the cells' seed
     * @return cells between different descriptors uniform in -3..3, the same for the same seed
     */
    public static CibMatrix random3(int descriptors, long seed) {
        List<Descriptor> ds = new ArrayList<>();
        for (int d = 0; d < descriptors; d++) {
            ds.add(Descriptor.ofIds("D" + (d + 1), "a", "b", "c"));
        }
        ScenarioSpace s = ScenarioSpace.of(ds);
        SplittableRandom r = new SplittableRandom(seed);
        int n = s.totalVariants();
        int[][] c = new int[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (s.descriptorOf(i) != s.descriptorOf(j)) {
                    c[i][j] = r.nextInt(7) - 3;
                }
            }
        }
        return CibMatrix.of(s, c);
    }
}
