package org.micmac4j.bench;

import java.util.concurrent.TimeUnit;
import org.micmac4j.internal.kernel.MatrixPowers;
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
 * One product C = A·B of two dense n x n matrices (the benchmark matrix times itself), all
 * processors, for the GFLOP/s of the GEMM (2n³ / time) beside numpy's {@code a @ b}. impl:
 * micmac4j (the packed GEMM: Vector API when the fork has the module, else plain Java), previous
 * (the plain-Java GEMM before issue 20, {@link PreviousGemm}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class GemmBench {
    @Param({"1000", "2048"})
    public int n;

    @Param({"micmac4j", "previous"})
    public String impl;

    private double[] a;

    @Setup(Level.Trial)
    public void setup() {
        a = Data.dense(n);
    }

    @Benchmark
    public double[] product() {
        if (impl.equals("previous")) {
            return PreviousGemm.multiply(a, a, n, Runtime.getRuntime().availableProcessors());
        }
        return MatrixPowers.multiply(a, a, n);
    }
}
