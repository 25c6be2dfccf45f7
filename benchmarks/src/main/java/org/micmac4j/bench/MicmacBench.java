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
import org.micmac4j.InfluenceMatrix;
import org.micmac4j.Micmac;
import org.micmac4j.MicmacResult;
import org.micmac4j.View;

/**
 * Through the public API: wholeAnalysis = all four views (direct, indirect, potential direct,
 * potential indirect) at automatic order, with classification; autoRanking = the indirect view
 * only, to automatic stability; fixedK7 = the indirect view at order 7.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx12g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class MicmacBench {
    @Param({"29", "100", "1000"})
    public int n;

    private InfluenceMatrix matrix;
    private final Micmac auto = Micmac.withDefaults();
    private final Micmac k7 = Micmac.withDefaults().withOrder(7);

    @Setup(Level.Trial)
    public void setup() {
        double[] a = Data.dense(n);
        for (int i = 0; i < n; i++) {
            a[i * n + i] = 0; // MICMAC matrices have a zero diagonal
        }
        double[][] rows = new double[n][];
        for (int i = 0; i < n; i++) {
            rows[i] = java.util.Arrays.copyOfRange(a, i * n, (i + 1) * n);
        }
        matrix = InfluenceMatrix.of(rows);
    }

    @Benchmark
    public Object wholeAnalysis() {
        MicmacResult r = auto.analyze(matrix);
        Object last = null;
        for (View v : View.values()) {
            last = r.view(v);
        }
        return last;
    }

    @Benchmark
    public Object autoRanking() {
        return auto.analyze(matrix).view(View.INDIRECT);
    }

    @Benchmark
    public Object fixedK7() {
        return k7.analyze(matrix).view(View.INDIRECT);
    }
}
