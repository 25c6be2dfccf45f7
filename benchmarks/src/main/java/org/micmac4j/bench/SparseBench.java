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
import org.micmac4j.internal.store.MatrixStore;
import org.micmac4j.internal.store.Stores;

/**
 * Sparse ranking at fixed k = 7: n nodes, 10 non-zeros per row (values 1..3, CSR with byte
 * values). impl: auto (threads automatic) or single (one thread).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx12g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class SparseBench {
    @Param({"100000", "1000000"})
    public int n;

    @Param({"auto", "single"})
    public String impl;

    private Iteration it;

    @Setup(Level.Trial)
    public void setup() {
        Data.Edges e = Data.sparse(n, 10);
        MatrixStore s = Stores.sparse(n, e.from, e.to, e.w);
        it = new Iteration(Kernels.ranking(s, KernelChoice.AUTO, impl.equals("single") ? 1 : 0));
    }

    @Benchmark
    public double[] rankK7() {
        return it.run(7);
    }
}
