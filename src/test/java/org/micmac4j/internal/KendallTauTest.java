package org.micmac4j.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.apache.commons.math3.stat.correlation.KendallsCorrelation;
import org.junit.jupiter.api.Test;

/** The fast tau-b equals Commons Math's KendallsCorrelation (the oracle) on competition ranks. */
class KendallTauTest {

    @Property(tries = 500)
    void equalsCommonsMath(@ForAll @Size(min = 2, max = 200) int[] a, @ForAll @Size(min = 200, max = 200) int[] b,
            @ForAll @IntRange(min = 1, max = 30) int buckets) {
        int n = a.length;
        double[] x = Arrays.stream(a).mapToDouble(v -> Math.floorMod(v, buckets)).toArray();
        double[] y = Arrays.stream(Arrays.copyOf(b, n)).mapToDouble(v -> Math.floorMod(v, buckets + 3)).toArray();
        int[] rx = Ranks.competition(x, 0);
        int[] ry = Ranks.competition(y, 0);
        double expected = new KendallsCorrelation().correlation(toDouble(rx), toDouble(ry));
        double got = KendallTau.tauB(rx, ry);
        if (Double.isNaN(expected)) {
            assertTrue(Double.isNaN(got));
        } else {
            assertEquals(expected, got, 1e-12);
        }
    }

    @Test
    void knownValues() {
        assertEquals(1.0, KendallTau.tauB(new int[] {1, 2, 3}, new int[] {1, 2, 3}), 0);
        assertEquals(-1.0, KendallTau.tauB(new int[] {1, 2, 3}, new int[] {3, 2, 1}), 0);
        assertTrue(Double.isNaN(KendallTau.tauB(new int[] {1, 1, 1}, new int[] {1, 2, 3})));
    }

    private static double[] toDouble(int[] r) {
        return Arrays.stream(r).asDoubleStream().toArray();
    }
}
