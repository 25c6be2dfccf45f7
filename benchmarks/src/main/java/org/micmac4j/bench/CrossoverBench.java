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
import org.micmac4j.internal.kernel.KernelChoice;
import org.micmac4j.internal.kernel.Kernels;
import org.micmac4j.internal.kernel.MatrixPowers;
import org.micmac4j.internal.kernel.RankingKernel;
import org.micmac4j.internal.store.Layout;
import org.micmac4j.internal.store.Stores;

/**
 * The two measured thresholds of the selection rules, one ranking step each:
 * parallel: a byte matrix of order n, one thread vs two (Kernels.PARALLEL_MIN_WORK; run it with
 * and without the Vector API, whose kernels are faster per cell);
 * fill: n = 2000 at a given fill, byte store vs CSR with byte values, one thread
 * (Stores.SPARSE_MAX_FILL);
 * gemm: one product of order n, one thread vs two (GemmKernel.PARALLEL_MIN_ORDER).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class CrossoverBench {
    @State(Scope.Benchmark)
    public static class Parallel {
        @Param({"64", "128", "181", "256", "362", "512", "724", "1024"})
        public int n;
        @Param({"1", "2"})
        public int threads;
        RankingKernel k;
        double[] x, y, r, c;

        @Setup(Level.Trial)
        public void setup() {
            k = Kernels.ranking(Stores.of(Data.dense(n), n, Layout.BYTES), KernelChoice.AUTO, threads, 1);
            x = new double[n];
            y = new double[n];
            r = new double[n];
            c = new double[n];
            java.util.Arrays.fill(x, 1);
            java.util.Arrays.fill(y, 1);
        }
    }

    @State(Scope.Benchmark)
    public static class Fill {
        @Param({"0.01", "0.02", "0.05", "0.1", "0.2"})
        public double fill;
        @Param({"BYTES", "SPARSE"})
        public Layout layout;
        static final int N = 2000;
        RankingKernel k;
        double[] x, y, r, c;

        @Setup(Level.Trial)
        public void setup() {
            double[] a = new double[N * N];
            java.util.Random rnd = new java.util.Random(7);
            for (int p = 0; p < a.length; p++) {
                a[p] = rnd.nextDouble() < fill ? 1 + rnd.nextInt(3) : 0;
            }
            k = Kernels.ranking(Stores.of(a, N, layout), KernelChoice.AUTO, 1);
            x = new double[N];
            y = new double[N];
            r = new double[N];
            c = new double[N];
            java.util.Arrays.fill(x, 1);
            java.util.Arrays.fill(y, 1);
        }
    }

    @State(Scope.Benchmark)
    public static class Product {
        @Param({"32", "48", "64", "96", "128", "192"})
        public int n;
        @Param({"1", "2"})
        public int threads;
        double[] a;

        @Setup(Level.Trial)
        public void setup() {
            a = Data.dense(n);
        }
    }

    @Benchmark
    public double[] gemm(Product s) {
        return MatrixPowers.multiply(s.a, s.a, s.n, s.threads);
    }

    @Benchmark
    public double[] parallel(Parallel s) {
        s.k.step(s.x, s.y, s.r, s.c);
        return s.r;
    }

    @Benchmark
    public double[] fill(Fill s) {
        s.k.step(s.x, s.y, s.r, s.c);
        return s.r;
    }
}
