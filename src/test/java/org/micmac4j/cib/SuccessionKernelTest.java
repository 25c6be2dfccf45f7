package org.micmac4j.cib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

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

    /** Each way of finding moves over the inner block (memo rows, move tables, direct evaluation) on its own and together. */
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
}
