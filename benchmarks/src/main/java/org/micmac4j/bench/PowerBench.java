package org.micmac4j.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.CommonOps_MT_DDRM;
import org.micmac4j.internal.kernel.MatrixPowers;

/**
 * Full MDI^7. impl: micmac4j (MatrixPowers.power: repeated squaring, 4 products of the packed
 * GEMM, Vector API micro-kernel when the fork has jdk.incubator.vector, else plain Java),
 * previous (the plain-Java GEMM before issue 20, {@link PreviousGemm}, same 4 products), ejml /
 * ejml-mt (a chain of 6 CommonOps_DDRM.mult / CommonOps_MT_DDRM.mult products), commons-math
 * (RealMatrix.power), naive (the original i-p-j loop, repeated squaring).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx12g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class PowerBench {
    @Param({"1000", "2048"})
    public int n;

    @Param({"micmac4j", "previous", "ejml", "ejml-mt", "commons-math", "naive"})
    public String impl;

    private double[] a;
    private DMatrixRMaj em;
    private DMatrixRMaj t1;
    private DMatrixRMaj t2;
    private RealMatrix cm;

    @Setup(Level.Trial)
    public void setup() {
        a = Data.dense(n);
        em = DMatrixRMaj.wrap(n, n, a.clone());
        t1 = new DMatrixRMaj(n, n);
        t2 = new DMatrixRMaj(n, n);
        if (impl.equals("commons-math")) {
            double[][] rows = new double[n][];
            for (int i = 0; i < n; i++) {
                rows[i] = java.util.Arrays.copyOfRange(a, i * n, (i + 1) * n);
            }
            cm = new Array2DRowRealMatrix(rows, false);
        }
    }

    @Benchmark
    public Object mdi7() {
        switch (impl) {
            case "micmac4j":
                return MatrixPowers.power(a, n, 7);
            case "previous":
                return PreviousGemm.power7(a, n, Runtime.getRuntime().availableProcessors());
            case "ejml":
            case "ejml-mt":
                return ejmlChain(impl.equals("ejml-mt"));
            case "commons-math":
                return cm.power(7);
            case "naive":
                return naivePower();
            default:
                throw new IllegalArgumentException(impl);
        }
    }

    private DMatrixRMaj ejmlChain(boolean mt) {
        t1.setTo(em);
        for (int s = 1; s < 7; s++) {
            if (mt) {
                CommonOps_MT_DDRM.mult(t1, em, t2);
            } else {
                CommonOps_DDRM.mult(t1, em, t2);
            }
            DMatrixRMaj t = t1;
            t1 = t2;
            t2 = t;
        }
        return t1;
    }

    private double[] naivePower() {
        double[] m2 = naive(a, a);
        double[] m4 = naive(m2, m2);
        return naive(naive(m4, m2), a);
    }

    private double[] naive(double[] x, double[] y) {
        double[] c = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int p = 0; p < n; p++) {
                double v = x[i * n + p];
                for (int j = 0; j < n; j++) {
                    c[i * n + j] += v * y[p * n + j];
                }
            }
        }
        return c;
    }
}
