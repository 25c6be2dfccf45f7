package org.micmac4j.internal.kernel;

import org.micmac4j.internal.cpu.FusedMultiplyAdd;

/**
 * The plain-Java {@link MicroKernel}: a 6 x 4 tile of C in 24 local doubles, so that per step p
 * ten loads (six values of A, four of B) feed 24 multiply-adds. C2 does not vectorize this (nor
 * any GEMM loop tried: the axpy forms it does vectorize are bound by loads and stores), so the
 * tile is sized for the scalar units instead: with AVX-512, C2 has 32 xmm registers, which hold
 * the 24 sums, the four values of B and the value of A. Each multiply-add is one {@code Math.fma}
 * (one rounding) when the processor has FMA ({@link FusedMultiplyAdd}), else a product and a sum;
 * the constant is folded by the JIT. Measured on the project machine (AMD EPYC, Zen 4, one core,
 * packed panels in L1/L2): 13.7 GFLOP/s with fma, 9.3 without; 4 x 4 with fma 10.8; the former
 * unpacked 4 x 4 kernel about 8.
 */
final class ScalarMicroKernel implements MicroKernel {
    /** MR. */
    static final int ROWS = 6;
    /** NR. */
    static final int COLUMNS = 4;
    private static final boolean FMA = FusedMultiplyAdd.inHardware();

    @Override
    public int rows() {
        return ROWS;
    }

    @Override
    public int columns() {
        return COLUMNS;
    }

    @Override
    public String name() {
        return "scalar-" + ROWS + "x" + COLUMNS + (FMA ? "-fma" : "");
    }

    /** s + x·y, rounded once when the hardware fuses it. */
    private static double madd(double x, double y, double s) {
        return FMA ? Math.fma(x, y, s) : s + x * y;
    }

    @Override
    public void multiply(double[] ap, int ao, double[] bp, int bo, int kc, double[] c, int co, int ldc,
            boolean overwrite) {
        double c00 = 0, c01 = 0, c02 = 0, c03 = 0;
        double c10 = 0, c11 = 0, c12 = 0, c13 = 0;
        double c20 = 0, c21 = 0, c22 = 0, c23 = 0;
        double c30 = 0, c31 = 0, c32 = 0, c33 = 0;
        double c40 = 0, c41 = 0, c42 = 0, c43 = 0;
        double c50 = 0, c51 = 0, c52 = 0, c53 = 0;
        for (int p = 0, a = ao, b = bo; p < kc; p++, a += ROWS, b += COLUMNS) {
            final double b0 = bp[b], b1 = bp[b + 1], b2 = bp[b + 2], b3 = bp[b + 3];
            final double a0 = ap[a];
            c00 = madd(a0, b0, c00); c01 = madd(a0, b1, c01); c02 = madd(a0, b2, c02); c03 = madd(a0, b3, c03);
            final double a1 = ap[a + 1];
            c10 = madd(a1, b0, c10); c11 = madd(a1, b1, c11); c12 = madd(a1, b2, c12); c13 = madd(a1, b3, c13);
            final double a2 = ap[a + 2];
            c20 = madd(a2, b0, c20); c21 = madd(a2, b1, c21); c22 = madd(a2, b2, c22); c23 = madd(a2, b3, c23);
            final double a3 = ap[a + 3];
            c30 = madd(a3, b0, c30); c31 = madd(a3, b1, c31); c32 = madd(a3, b2, c32); c33 = madd(a3, b3, c33);
            final double a4 = ap[a + 4];
            c40 = madd(a4, b0, c40); c41 = madd(a4, b1, c41); c42 = madd(a4, b2, c42); c43 = madd(a4, b3, c43);
            final double a5 = ap[a + 5];
            c50 = madd(a5, b0, c50); c51 = madd(a5, b1, c51); c52 = madd(a5, b2, c52); c53 = madd(a5, b3, c53);
        }
        store(c, co, overwrite, c00, c01, c02, c03);
        store(c, co + ldc, overwrite, c10, c11, c12, c13);
        store(c, co + 2 * ldc, overwrite, c20, c21, c22, c23);
        store(c, co + 3 * ldc, overwrite, c30, c31, c32, c33);
        store(c, co + 4 * ldc, overwrite, c40, c41, c42, c43);
        store(c, co + 5 * ldc, overwrite, c50, c51, c52, c53);
    }

    private static void store(double[] c, int o, boolean overwrite, double s0, double s1, double s2, double s3) {
        if (overwrite) {
            c[o] = s0;
            c[o + 1] = s1;
            c[o + 2] = s2;
            c[o + 3] = s3;
        } else {
            c[o] += s0;
            c[o + 1] += s1;
            c[o + 2] += s2;
            c[o + 3] += s3;
        }
    }
}
