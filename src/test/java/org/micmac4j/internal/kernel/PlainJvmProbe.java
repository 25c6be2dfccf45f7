package org.micmac4j.internal.kernel;

import java.util.Arrays;
import java.util.Random;
import org.micmac4j.testutil.RandomMatrices;

/**
 * Run in a child JVM by {@link GemmTest}: prints whether SIMD is on, a small power, and
 * whether an integer product across the tile and block edges equals the naive loop.
 */
public final class PlainJvmProbe {
    private PlainJvmProbe() {
    }

    public static void main(String[] args) {
        double[] p = MatrixPowers.power(new double[] {1, 2, 3, 4}, 2, 2);
        boolean exact = true;
        Random r = new Random(25);
        for (int n : new int[] {1, 7, 25, 97, 257}) {
            double[] a = RandomMatrices.rowMajor(r, n, 0.6, true);
            double[] b = RandomMatrices.rowMajor(r, n, 0.6, true);
            exact &= Arrays.equals(GemmTest.naive(a, b, n), MatrixPowers.multiply(a, b, n, 2));
        }
        System.out.println("vectorized=" + SimdSupport.vectorized() + " gemm=" + SimdSupport.gemm().name()
                + " power=" + Arrays.toString(p) + " exact=" + exact);
    }
}
