package org.micmac4j.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import org.micmac4j.cib.Algorithm;
import org.micmac4j.cib.Cib;
import org.micmac4j.cib.CibMatrix;
import org.micmac4j.cib.io.CibCsv;
import org.micmac4j.morph.FieldCsv;
import org.micmac4j.morph.MorphologicalAnalysis;
import org.micmac4j.morph.MorphologicalField;
import org.micmac4j.morph.PairScale;
import org.micmac4j.scenario.ScenarioSpace;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The bundled scenario study and the morphological engine (issue 10), through the public API.
 * <ul>
 * <li>{@code cibBundledKey*}: the illustrative CIB matrix over the 12 key variables of the bundled
 *     study (3^12 = 531 441 scenarios): the exact pruned solver, and the baseline in the same run,
 *     a plain enumeration of every scenario with every balance recomputed (one thread);</li>
 * <li>{@code cibBundledFull}: the illustrative matrix over all 22 variables with hypotheses
 *     (3^22 = 31 381 059 609 scenarios), solved exactly by the pruned solver (2 threads);</li>
 * <li>{@code morphZebra*}: zebra-life-1962 (25 parameters, 5^25 configurations): the exact count
 *     (components, forward checking on bit sets, smallest domain first), and the baseline, a
 *     chronological backtracking in parameter order that tests each new value against the values
 *     already chosen (no forward checking);</li>
 * <li>{@code morphZebraFirstAnalysis}: the same count on a fresh copy of the field (a
 *     {@code withScore} that rewrites one pair with its own score, so the copy has a new pair table),
 *     which rebuilds the compatibility masks: what a first analysis of a field costs;</li>
 * <li>{@code morphRandom*}: 10 parameters of 6 values (6^10 = 60 466 176 configurations), each pair
 *     of values of two parameters excluded with probability 0.1 ({@code SplittableRandom(10)}):
 *     the same two methods;</li>
 * <li>{@code morphRankOrdinal*}: an ordinal field of 10 parameters of 5 values (5^10 = 9 765 625
 *     configurations; a pair scored −2, excluded, with probability 0.1, else −1..+2 uniformly,
 *     {@code SplittableRandom(11)}), the 10 best consistent configurations by summed score: the
 *     library's branch and bound, and the baseline in the same run, a backtracking visit of every
 *     consistent configuration with its score summed incrementally and a heap of the best 10;
 *     {@code morphRankOrdinalLarge*}: the same on 12 parameters (5^12 = 244 140 625
 *     configurations, {@code SplittableRandom(12)}).</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class ScenariosBench {
    private static final String BUNDLED = "/org/micmac4j/data/hdf-industry-2040/";

    private CibMatrix key;
    private CibMatrix full;
    private MorphologicalField zebra;
    private MorphologicalField random;
    private Backtracking zebraNaive;
    private Backtracking randomNaive;
    private MorphologicalField ordinal;
    private Backtracking ordinalNaive;
    private MorphologicalField ordinalLarge;
    private Backtracking ordinalLargeNaive;
    private int zebraA;
    private int zebraB;

    private final Cib pruned2 = Cib.withDefaults().withThreads(2);
    private final Cib plain1 = Cib.withDefaults().withThreads(1).withAlgorithm(Algorithm.PLAIN);
    private final MorphologicalAnalysis countOnly = MorphologicalAnalysis.withDefaults().withLimit(0);
    private final MorphologicalAnalysis best10 = MorphologicalAnalysis.withDefaults().withLimit(10);

    @Setup(Level.Trial)
    public void setup() throws IOException {
        key = CibCsv.parse(text(BUNDLED + "cib-matrix.csv"), "cib-matrix.csv");
        full = CibCsv.parse(text(BUNDLED + "cib-full-matrix.csv"), "cib-full-matrix.csv");
        MorphologicalField f = FieldCsv.parse(text("/morph/zebra-life-1962/compatibility.csv"), "zebra",
                PairScale.BINARY);
        zebra = FieldCsv.parseExclusions(text("/morph/zebra-life-1962/unary_exclusions.csv"), "zebra", f);
        java.util.List<org.micmac4j.scenario.Descriptor> ds = new java.util.ArrayList<>();
        for (int p = 0; p < 10; p++) {
            ds.add(org.micmac4j.scenario.Descriptor.ofIds("P" + p, "1", "2", "3", "4", "5", "6"));
        }
        ScenarioSpace rs = ScenarioSpace.of(ds);
        int v = rs.totalVariants();
        int[][] scores = new int[v][v];
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(10);
        for (int a = 0; a < v; a++) {
            for (int b = a + 1; b < v; b++) {
                scores[a][b] = rnd.nextDouble() < 0.1 ? 0 : 1;
                scores[b][a] = scores[a][b];
            }
        }
        random = MorphologicalField.of(rs, PairScale.BINARY, scores);
        zebraNaive = new Backtracking(zebra);
        randomNaive = new Backtracking(random);
        ordinal = ordinalField(10, 11);
        ordinalNaive = new Backtracking(ordinal);
        ordinalLarge = ordinalField(12, 12);
        ordinalLargeNaive = new Backtracking(ordinalLarge);
        zebraA = 0;
        zebraB = zebra.space().offset(1);
    }

    /**
     * A random ordinal field: {@code n} parameters of 5 values, a pair scored −2 (excluded) with
     * probability 0.1, else −1..+2 uniformly.
     */
    static MorphologicalField ordinalField(int n, long seed) {
        java.util.List<org.micmac4j.scenario.Descriptor> ds = new java.util.ArrayList<>();
        for (int p = 0; p < n; p++) {
            ds.add(org.micmac4j.scenario.Descriptor.ofIds("P" + p, "1", "2", "3", "4", "5"));
        }
        ScenarioSpace os = ScenarioSpace.of(ds);
        int v = os.totalVariants();
        int[][] ord = new int[v][v];
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(seed);
        for (int a = 0; a < v; a++) {
            for (int b = a + 1; b < v; b++) {
                ord[a][b] = rnd.nextDouble() < 0.1 ? -2 : -1 + rnd.nextInt(4);
                ord[b][a] = ord[a][b];
            }
        }
        return MorphologicalField.of(os, PairScale.ORDINAL, ord);
    }

    /** The baseline: chronological backtracking in parameter order, each new value tested against the chosen ones. */
    static final class Backtracking {
        private final boolean[][] excluded;
        private final int[][] score;
        private final int[] sizes;
        private final int[] offsets;
        private final boolean[] allowed;

        Backtracking(MorphologicalField f) {
            ScenarioSpace s = f.space();
            int v = s.totalVariants();
            excluded = new boolean[v][v];
            score = new int[v][v];
            for (int a = 0; a < v; a++) {
                for (int b = 0; b < v; b++) {
                    excluded[a][b] = s.descriptorOf(a) != s.descriptorOf(b)
                            && (f.scale() == PairScale.BINARY ? f.score(a, b) == 0 : f.score(a, b) <= -2);
                    score[a][b] = f.score(a, b);
                }
            }
            sizes = s.variantCounts();
            offsets = new int[sizes.length];
            for (int p = 0; p < sizes.length; p++) {
                offsets[p] = s.offset(p);
            }
            allowed = new boolean[v];
            for (int g = 0; g < v; g++) {
                allowed[g] = f.isAllowed(g);
            }
        }

        long count() {
            return count(0, new int[sizes.length]);
        }

        /** The best {@code k} summed scores, every consistent configuration visited (ties not resolved). */
        int[] best(int k) {
            java.util.PriorityQueue<Integer> heap = new java.util.PriorityQueue<>();
            best(0, new int[sizes.length], 0, heap, k);
            return heap.stream().mapToInt(Integer::intValue).sorted().toArray();
        }

        private void best(int p, int[] chosen, int partial, java.util.PriorityQueue<Integer> heap, int k) {
            if (p == sizes.length) {
                if (heap.size() < k) {
                    heap.add(partial);
                } else if (partial > heap.peek()) {
                    heap.poll();
                    heap.add(partial);
                }
                return;
            }
            for (int v = 0; v < sizes[p]; v++) {
                int g = offsets[p] + v;
                if (!allowed[g]) {
                    continue;
                }
                boolean ok = true;
                int add = 0;
                for (int q = 0; q < p && ok; q++) {
                    ok = !excluded[chosen[q]][g];
                    add += score[chosen[q]][g];
                }
                if (ok) {
                    chosen[p] = g;
                    best(p + 1, chosen, partial + add, heap, k);
                }
            }
        }

        private long count(int p, int[] chosen) {
            if (p == sizes.length) {
                return 1;
            }
            long n = 0;
            for (int v = 0; v < sizes[p]; v++) {
                int g = offsets[p] + v;
                if (!allowed[g]) {
                    continue;
                }
                boolean ok = true;
                for (int q = 0; q < p && ok; q++) {
                    ok = !excluded[chosen[q]][g];
                }
                if (ok) {
                    chosen[p] = g;
                    n += count(p + 1, chosen);
                }
            }
            return n;
        }
    }

    private static String text(String resource) throws IOException {
        try (InputStream in = ScenariosBench.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Benchmark
    public int cibBundledKeyPruned() {
        return pruned2.solve(key).size();
    }

    @Benchmark
    public int cibBundledKeyPlainBaseline() {
        return plain1.solve(key).size();
    }

    @Benchmark
    public int cibBundledFull() {
        return pruned2.solve(full).size();
    }

    @Benchmark
    public Object morphZebra() {
        return countOnly.analyze(zebra).count();
    }

    @Benchmark
    public long morphZebraBacktrackingBaseline() {
        return zebraNaive.count();
    }

    @Benchmark
    public Object morphZebraFirstAnalysis() {
        return countOnly.analyze(zebra.withScore(zebraA, zebraB, zebra.score(zebraA, zebraB))).count();
    }

    @Benchmark
    public Object morphRankOrdinal() {
        return best10.analyze(ordinal).configurations();
    }

    @Benchmark
    public int[] morphRankOrdinalEnumerateBaseline() {
        return ordinalNaive.best(10);
    }

    @Benchmark
    public Object morphRankOrdinalLarge() {
        return best10.analyze(ordinalLarge).configurations();
    }

    @Benchmark
    public int[] morphRankOrdinalLargeEnumerateBaseline() {
        return ordinalLargeNaive.best(10);
    }

    @Benchmark
    public Object morphRandom() {
        return countOnly.analyze(random).count();
    }

    @Benchmark
    public long morphRandomBacktrackingBaseline() {
        return randomNaive.count();
    }
}
