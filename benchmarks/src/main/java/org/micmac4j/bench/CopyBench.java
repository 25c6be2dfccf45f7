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
import org.openjdk.jmh.annotations.Threads;

/**
 * Memory copy bandwidth, for the bandwidth floor of the ranking: System.arraycopy of 256 MiB per
 * thread. GB/s (read + written, as STREAM counts) = 2 * 256 MiB * threads / time.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 1)
public class CopyBench {
    public static final int BYTES = 256 << 20;
    private byte[] src;
    private byte[] dst;

    @Setup(Level.Trial)
    public void setup() {
        src = new byte[BYTES];
        dst = new byte[BYTES];
        java.util.Arrays.fill(src, (byte) 1);
    }

    @Benchmark
    @Threads(1)
    public byte[] copy1() {
        System.arraycopy(src, 0, dst, 0, BYTES);
        return dst;
    }

    @Benchmark
    @Threads(2)
    public byte[] copy2() {
        System.arraycopy(src, 0, dst, 0, BYTES);
        return dst;
    }
}
