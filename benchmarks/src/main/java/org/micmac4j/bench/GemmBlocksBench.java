package org.micmac4j.bench;

import java.util.concurrent.TimeUnit;
import org.micmac4j.internal.kernel.GemmBlocks;
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
 * The block sizes of the packed GEMM (PackedGemm.DEPTH_BLOCK = 256 and B_BLOCK_BYTES = 1.5 MiB,
 * i.e. 768 columns at that depth): one product of order n on one thread, the depth block (KC) and
 * the width of the packed B block varied around the chosen values. GFLOP/s = 2n³ / time. Run with
 * {@code -jvmArgsAppend --add-modules=jdk.incubator.vector} for the Vector API micro-kernel,
 * without for the plain-Java product (PlainGemm: KC = 256, W = 256 columns; sweep it with
 * {@code -p depth=128,256,512 -p columns=128,256,512}); the fork prints which kernel and blocks ran.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class GemmBlocksBench {
    @Param({"2048"})
    public int n;

    @Param({"128", "256", "384", "512"})
    public int depth;

    @Param({"192", "384", "768", "1536"})
    public int columns;

    private double[] a;

    @Setup(Level.Trial)
    public void setup() {
        a = Data.dense(n);
        System.out.println("GemmBlocksBench: " + GemmBlocks.describe(depth, columns));
    }

    @Benchmark
    public double[] product() {
        return GemmBlocks.multiply(a, a, n, 1, depth, columns);
    }
}
