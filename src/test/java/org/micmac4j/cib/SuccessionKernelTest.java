package org.micmac4j.cib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.micmac4j.scenario.Descriptor;
import org.micmac4j.scenario.ScenarioSpace;

/**
 * The exact basin kernel's two passes against naive references: the parallel basin resolution of
 * {@link SuccessionKernel#basins} on arbitrary successor arrays (random maps: long chains, many
 * cycles of every length, fixed points) against a walk written here, from every start until a rank
 * repeats; and the blocked, memoised successor pass against one full step per scenario.
 */
class SuccessionKernelTest {

    /** A random map on 0..n-1: with probability p a successor is near (long chains), else anywhere. */
    static int[] randomMap(long seed, int n) {
        Random r = new Random(seed);
        int[] succ = new int[n];
        int mode = r.nextInt(3);
        for (int i = 0; i < n; i++) {
            succ[i] = switch (mode) {
                case 0 -> r.nextInt(n);
                case 1 -> r.nextInt(10) == 0 ? r.nextInt(n) : (i + 1 + r.nextInt(3)) % n; // long chains and cycles
                default -> r.nextInt(4) == 0 ? i : r.nextInt(Math.max(1, n / 50) + 1) * 50 % n; // a small image
            };
        }
        return succ;
    }

    /** attractor (ranks rotated to start at the smallest) -> number of starts ending in it */
    static Map<List<Long>, Long> naive(int[] succ) {
        Map<List<Long>, Long> out = new HashMap<>();
        for (int i = 0; i < succ.length; i++) {
            Map<Integer, Integer> seen = new LinkedHashMap<>();
            int x = i;
            while (!seen.containsKey(x)) {
                seen.put(x, seen.size());
                x = succ[x];
            }
            List<Integer> path = new ArrayList<>(seen.keySet());
            List<Integer> cycle = path.subList(seen.get(x), path.size());
            int min = 0;
            for (int q = 1; q < cycle.size(); q++) {
                if (cycle.get(q) < cycle.get(min)) {
                    min = q;
                }
            }
            List<Long> key = new ArrayList<>();
            for (int q = 0; q < cycle.size(); q++) {
                key.add((long) cycle.get((min + q) % cycle.size()));
            }
            out.merge(key, 1L, Long::sum);
        }
        return out;
    }

    static Map<List<Long>, Long> resolved(int[] succ, int threads) {
        SuccessionKernel k = new SuccessionKernel(CibPropertiesTest.random(1));
        int[] work = succ.clone();
        long[] counts = k.basins(work, threads);
        List<long[]> atts = k.attractors();
        Map<List<Long>, Long> out = new HashMap<>();
        long total = 0;
        for (int code = 1; code <= atts.size(); code++) {
            List<Long> key = new ArrayList<>();
            for (long r : atts.get(code - 1)) {
                key.add(r);
            }
            long c = code < counts.length ? counts[code] : 0;
            total += c;
            if (c > 0) {
                out.put(key, c);
            }
        }
        assertEquals(succ.length, total, "every start counted once");
        return out;
    }

    @Property(tries = 200)
    void parallelResolutionEqualsNaiveWalks(@ForAll long seed, @ForAll @IntRange(min = 1, max = 5_000) int n,
            @ForAll @IntRange(min = 1, max = 4) int threads) {
        int[] succ = randomMap(seed, n);
        assertEquals(naive(succ), resolved(succ, threads));
    }

    /**
     * Each way of finding moves over the inner block (memo rows, move tables, direct evaluation) on its own and
     * together.
     */
    @Property(tries = 400)
    void everySuccessorEqualsOneFullStep(@ForAll long seed, @ForAll @IntRange(min = 1, max = 3) int threads,
            @ForAll boolean memos, @ForAll boolean tables) {
        CibMatrix m = PrunedSearchTest.random(seed);
        SuccessionKernel k = new SuccessionKernel(m);
        int[] succ = new SuccessorPass(k).run(threads, memos, tables);
        int[] z = new int[k.nd];
        int[] next = new int[k.nd];
        int[] theta = new int[k.n];
        for (int rank = 0; rank < succ.length; rank++) {
            k.decode(rank, z);
            k.step(z, next, theta);
            assertEquals(k.rank(next), succ[rank], "successor of rank " + rank);
        }
    }

    /**
     * Shapes the random matrices above rarely reach: a descriptor of more than 127 variants with a
     * memo ({1, 1, 200}: memo rows are bytes), more than 8 variants (no move table), single-variant
     * descriptors, two descriptors (no inner block), and an inner block that leaves one outer
     * descriptor.
     */
    @Test
    void everySuccessorEqualsOneFullStepOnUnusualShapes() {
        int[][] shapes = {{300, 2, 3}, {3, 200, 2}, {1, 1, 200}, {1, 5, 1, 4, 1}, {2, 2}, {7, 1}, {140, 3},
                {9, 9, 9, 2, 2}};
        long seed = 1;
        for (int[] ks : shapes) {
            for (int range : new int[] {3, 50}) {
                for (boolean own : new boolean[] {false, true}) {
                    CibMatrix m = randomMatrix(ks, range, own, seed++);
                    SuccessionKernel k = new SuccessionKernel(m);
                    int[] z = new int[k.nd];
                    int[] next = new int[k.nd];
                    int[] theta = new int[k.n];
                    for (boolean memos : new boolean[] {true, false}) {
                        for (boolean tables : new boolean[] {true, false}) {
                            int[] succ = new SuccessorPass(k).run(2, memos, tables);
                            for (int rank = 0; rank < succ.length; rank++) {
                                k.decode(rank, z);
                                k.step(z, next, theta);
                                assertEquals(k.rank(next), succ[rank], Arrays.toString(ks) + " range " + range
                                        + " own blocks " + own + " memos " + memos + " tables " + tables + " rank "
                                        + rank);
                            }
                        }
                    }
                }
            }
        }
    }

    /** Cells uniform in −range..range, own-descriptor blocks zero unless {@code own}. */
    private static CibMatrix randomMatrix(int[] variantCounts, int range, boolean own, long seed) {
        List<Descriptor> ds = new ArrayList<>();
        for (int d = 0; d < variantCounts.length; d++) {
            String[] v = new String[variantCounts[d]];
            for (int i = 0; i < v.length; i++) {
                v[i] = "v" + i;
            }
            ds.add(Descriptor.ofIds("D" + d, v));
        }
        ScenarioSpace s = ScenarioSpace.of(ds);
        int n = s.totalVariants();
        int[][] c = new int[n][n];
        Random r = new Random(seed);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (own || s.descriptorOf(i) != s.descriptorOf(j)) {
                    c[i][j] = r.nextInt(2 * range + 1) - range;
                }
            }
        }
        return CibMatrix.of(s, c);
    }
}
