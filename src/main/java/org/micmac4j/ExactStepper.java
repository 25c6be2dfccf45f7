package org.micmac4j;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Arrays;

import org.micmac4j.internal.Ranks;
import org.micmac4j.internal.store.MatrixStore;

/**
 * Advances the exact integer sums X_k = M^k·1 and Y_k = 1ᵀ·M^k with {@link BigInteger}s, for
 * matrices whose weights are all integers. Ranks are exact (ties only between equal integers).
 * Cost: O(nnz) big-integer multiply-adds per order.
 */
final class ExactStepper extends ScaledSums {
    private final int n;
    private final int[] rowStart;
    private final int[] column;
    private final BigInteger[] weight;
    private BigInteger[] x;
    private BigInteger[] y;

    /**
     * @param store an integral matrix
     * @throws ArithmeticException when a weight is not an integer
     */
    public ExactStepper(MatrixStore store) {
        if (!store.isIntegral()) {
            throw new ArithmeticException("exact arithmetic needs integer weights (P weight included)");
        }
        n = store.size();
        int nnz = Math.toIntExact(store.nonZeroCount());
        rowStart = new int[n + 1];
        column = new int[nnz];
        weight = new BigInteger[nnz];
        int[] k = {0};
        store.forEachNonZero((i, j, v) -> {
            rowStart[i + 1]++;
            column[k[0]] = j;
            weight[k[0]++] = BigInteger.valueOf((long) v);
        });
        for (int i = 0; i < n; i++) {
            rowStart[i + 1] += rowStart[i];
        }
        x = new BigInteger[n];
        y = new BigInteger[n];
        Arrays.fill(x, BigInteger.ONE);
        Arrays.fill(y, BigInteger.ONE);
        influence = new double[n];
        dependence = new double[n];
    }

    @Override
    public void next() {
        BigInteger[] xn = new BigInteger[n];
        BigInteger[] yn = new BigInteger[n];
        Arrays.fill(yn, BigInteger.ZERO);
        for (int i = 0; i < n; i++) {
            BigInteger s = BigInteger.ZERO;
            for (int e = rowStart[i]; e < rowStart[i + 1]; e++) {
                int j = column[e];
                s = s.add(weight[e].multiply(x[j]));
                yn[j] = yn[j].add(y[i].multiply(weight[e]));
            }
            xn[i] = s;
        }
        x = xn;
        y = yn;
        logInfluence = toScaledDoubles(x, influence);
        logDependence = toScaledDoubles(y, dependence);
        order++;
    }

    /** Writes v / max(v) as doubles; returns log(max). */
    private static double toScaledDoubles(BigInteger[] v, double[] out) {
        BigInteger max = BigInteger.ZERO;
        for (BigInteger b : v) {
            max = max.max(b);
        }
        if (max.signum() == 0) {
            Arrays.fill(out, 0);
            return 0;
        }
        BigDecimal m = new BigDecimal(max);
        for (int i = 0; i < v.length; i++) {
            out[i] = new BigDecimal(v[i]).divide(m, MathContext.DECIMAL64).doubleValue();
        }
        return log(max);
    }

    static double log(BigInteger v) {
        int shift = Math.max(0, v.bitLength() - 1000);
        return Math.log(v.shiftRight(shift).doubleValue()) + shift * Math.log(2);
    }

    /** @return the exact row sums of M^k, a copy */
    public BigInteger[] exactInfluence() {
        return x.clone();
    }

    /** @return the exact column sums of M^k, a copy */
    public BigInteger[] exactDependence() {
        return y.clone();
    }






    @Override
    public int[] influenceRanks() {
        return Ranks.competition(x);
    }

    @Override
    public int[] dependenceRanks() {
        return Ranks.competition(y);
    }
}
