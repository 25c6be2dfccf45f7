package org.micmac4j.bench;

import java.util.concurrent.TimeUnit;
import org.micmac4j.internal.kernel.KernelChoice;
import org.micmac4j.internal.kernel.Kernels;
import org.micmac4j.internal.kernel.NaiveDenseKernel;
import org.micmac4j.internal.store.Layout;
import org.micmac4j.internal.store.MatrixStore;
import org.micmac4j.internal.store.Stores;
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

/**
 * Dense ranking at fixed k = 7 (fill 0.5, values 0..3). impl: auto (byte store, threads
 * automatic), single (byte store, one thread), doubles (dense double store, threads automatic),
 * naive (the reference loop on doubles).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx12g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class RankingBench {
    @Param({"29", "100", "1000", "5000", "10000"})
    public int n;

    @Param({"auto", "single", "doubles", "naive"})
    public String impl;

    private Iteration it;

    @Setup(Level.Trial)
    public void setup() {
        double[] a = Data.dense(n);
        MatrixStore s;
        switch (impl) {
            case "auto":
                it = new Iteration(Kernels.ranking(Stores.of(a, n)));
                break;
            case "single":
                it = new Iteration(Kernels.ranking(Stores.of(a, n), KernelChoice.AUTO, 1));
                break;
            case "doubles":
                s = Stores.of(a, n, Layout.DENSE);
                it = new Iteration(Kernels.ranking(s));
                break;
            case "naive":
                it = new Iteration(new NaiveDenseKernel(a, n));
                break;
            default:
                throw new IllegalArgumentException(impl);
        }
    }

    @Benchmark
    public double[] rankK7() {
        return it.run(7);
    }
}
