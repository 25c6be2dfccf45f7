package org.micmac4j.internal.kernel;

import java.util.Arrays;

/** Run in a child JVM by {@link GemmTest}: prints whether SIMD is on and a small power. */
public final class PlainJvmProbe {
    private PlainJvmProbe() {
    }

    public static void main(String[] args) {
        double[] p = MatrixPowers.power(new double[] {1, 2, 3, 4}, 2, 2);
        System.out.println("vectorized=" + SimdSupport.vectorized() + " power=" + Arrays.toString(p));
    }
}
