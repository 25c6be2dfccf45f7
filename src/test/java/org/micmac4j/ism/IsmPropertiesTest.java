package org.micmac4j.ism;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of the ISM pipeline on random digraphs, checked against a breadth-first oracle. */
class IsmPropertiesTest {
    /** A random digraph: ids v0..v(n-1), each off-diagonal cell set with the given density. */
    record Graph(List<String> ids, boolean[][] m, long seed) {
        @Override
        public String toString() {
            return "Graph(n=" + ids.size() + ", seed=" + seed + ")";
        }
    }

    @Provide
    Arbitrary<Graph> graphs() {
        return Combinators.combine(Arbitraries.integers().between(1, 75), Arbitraries.doubles().between(0, 0.4),
                Arbitraries.longs()).as((n, density, seed) -> {
                    Random rnd = new Random(seed);
                    double d = density * density; // many sparse graphs, where levels are deep
                    boolean[][] m = new boolean[n][n];
                    List<String> ids = new ArrayList<>();
                    for (int i = 0; i < n; i++) {
                        ids.add("v" + i);
                        for (int j = 0; j < n; j++) {
                            m[i][j] = i != j && rnd.nextDouble() < d;
                        }
                    }
                    return new Graph(ids, m, seed);
                });
    }

    private static IsmResult analyze(Graph g, Ism ism) {
        return ism.analyze(IsmInput.fromReachability(g.ids(), g.m()));
    }

    /** Independent oracle: reachability by breadth-first search, self included. */
    private static boolean[][] bfs(boolean[][] m) {
        int n = m.length;
        boolean[][] r = new boolean[n][n];
        for (int s = 0; s < n; s++) {
            ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(s));
            r[s][s] = true;
            while (!queue.isEmpty()) {
                int u = queue.poll();
                for (int v = 0; v < n; v++) {
                    if (m[u][v] && !r[s][v]) {
                        r[s][v] = true;
                        queue.add(v);
                    }
                }
            }
        }
        return r;
    }

    @Property(tries = 200)
    void closureIsReachabilityAndIdempotent(@ForAll("graphs") Graph g) {
        IsmResult r = analyze(g, Ism.withDefaults());
        boolean[][] closed = r.finalReachability();
        assertArrayEquals(bfs(g.m()), closed);
        IsmResult again = Ism.withDefaults().analyze(IsmInput.fromReachability(g.ids(), closed));
        assertArrayEquals(closed, again.finalReachability());
        assertEquals(List.of(), again.transitiveCells());
    }

    @Property(tries = 200)
    void closureContainsTheInputAndMarksExactlyTheAddedCells(@ForAll("graphs") Graph g) {
        IsmResult r = analyze(g, Ism.withDefaults());
        boolean[][] f = r.finalReachability();
        Set<IsmCell> added = new HashSet<>();
        for (int i = 0; i < f.length; i++) {
            for (int j = 0; j < f.length; j++) {
                boolean given = g.m()[i][j] || i == j;
                assertTrue(!given || f[i][j], "closure must contain the input");
                if (f[i][j] && !given) {
                    added.add(new IsmCell(g.ids().get(i), g.ids().get(j)));
                }
            }
        }
        assertEquals(added, new HashSet<>(r.transitiveCells()));
    }

    @Property(tries = 200)
    void levelsPartitionTheVariablesInBothModes(@ForAll("graphs") Graph g) {
        for (ClosureMode mode : ClosureMode.values()) {
            IsmResult r = analyze(g, Ism.withDefaults().withClosure(mode));
            List<String> all = new ArrayList<>();
            for (int k = 0; k < r.levelCount(); k++) {
                List<String> level = r.levels().get(k);
                assertTrue(!level.isEmpty(), "empty level " + (k + 1));
                for (String id : level) {
                    assertEquals(k + 1, r.variable(id).level());
                }
                all.addAll(level);
            }
            Collections.sort(all);
            List<String> ids = new ArrayList<>(g.ids());
            Collections.sort(ids);
            assertEquals(ids, all, mode.name());
            assertEquals(r.levelCount(), r.iterations().size());
            if (mode == ClosureMode.TRANSITIVE) {
                r.iterations().forEach(it -> assertTrue(!it.selectedByClosure()));
            }
        }
    }

    @Property(tries = 200)
    void levelsFollowReachability(@ForAll("graphs") Graph g) {
        IsmResult sinks = analyze(g, Ism.withDefaults());
        IsmResult sources = analyze(g, Ism.withDefaults().withLevelNumbering(LevelNumbering.FROM_SOURCES));
        boolean[][] f = sinks.finalReachability();
        int n = f.length;
        int[] ls = sinks.levelNumbers();
        int[] lo = sources.levelNumbers();
        for (int i = 0; i < n; i++) {
            assertEquals(sinks.levelCount() + 1 - ls[i], lo[i], "FROM_SOURCES renumbers FROM_SINKS");
            for (int j = 0; j < n; j++) {
                if (f[i][j] && f[j][i]) {
                    assertEquals(ls[i], ls[j], "one strongly connected set shares a level");
                } else if (f[i][j]) {
                    assertTrue(ls[j] < ls[i], "i reaches j: j is higher up (lower number from the sinks)");
                    assertTrue(lo[i] < lo[j], "i reaches j: i is numbered lower from the sources");
                }
            }
        }
    }

    @Property(tries = 150)
    void permutingTheVariablesPermutesTheResults(@ForAll("graphs") Graph g, @ForAll long seed) {
        int n = g.ids().size();
        List<Integer> perm = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            perm.add(i);
        }
        Collections.shuffle(perm, new Random(seed));
        List<String> ids = new ArrayList<>();
        boolean[][] m = new boolean[n][n];
        for (int a = 0; a < n; a++) {
            ids.add(g.ids().get(perm.get(a)));
            for (int b = 0; b < n; b++) {
                m[a][b] = g.m()[perm.get(a)][perm.get(b)];
            }
        }
        for (ClosureMode mode : ClosureMode.values()) {
            Ism ism = Ism.withDefaults().withClosure(mode);
            IsmResult r = analyze(g, ism);
            IsmResult p = ism.analyze(IsmInput.fromReachability(ids, m));
            Map<String, IsmVariable> byId = new HashMap<>();
            p.variables().forEach(v -> byId.put(v.id(), v));
            for (IsmVariable v : r.variables()) {
                IsmVariable w = byId.get(v.id());
                assertEquals(v.drivingPower(), w.drivingPower(), v.id());
                assertEquals(v.dependencePower(), w.dependencePower(), v.id());
                assertEquals(v.level(), w.level(), v.id());
                assertEquals(v.cluster(), w.cluster(), v.id());
            }
            assertEquals(new HashSet<>(r.transitiveCells()), new HashSet<>(p.transitiveCells()));
        }
    }

    @Property(tries = 150)
    void reducedDigraphKeepsReachabilityAndHasNoRedundantEdge(@ForAll("graphs") Graph g) {
        IsmResult r = analyze(g, Ism.withDefaults());
        boolean[][] f = r.finalReachability();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < g.ids().size(); i++) {
            index.put(g.ids().get(i), i);
        }
        List<IsmEdge> edges = r.reducedEdges();
        assertArrayEquals(f, bfs(adjacency(edges, index, -1)), "the reduced digraph must keep reachability");
        for (int e = 0; e < edges.size(); e++) {
            IsmEdge edge = edges.get(e);
            int from = index.get(edge.from());
            int to = index.get(edge.to());
            assertTrue(f[from][to], "an edge must be a reachability cell");
            assertEquals(f[to][from], edge.withinCycle());
            if (!edge.withinCycle()) {
                boolean[][] without = bfs(adjacency(edges, index, e));
                assertTrue(!without[from][to], "edge " + edge + " is implied by the others");
            }
        }
    }

    private static boolean[][] adjacency(List<IsmEdge> edges, Map<String, Integer> index, int skip) {
        int n = index.size();
        boolean[][] a = new boolean[n][n];
        for (int e = 0; e < edges.size(); e++) {
            if (e != skip) {
                a[index.get(edges.get(e).from())][index.get(edges.get(e).to())] = true;
            }
        }
        return a;
    }

    @Property(tries = 150)
    void ssimConversionMatchesTheMatrixItDescribes(@ForAll("graphs") Graph g) {
        // encode each pair i < j of the random matrix as V, A, X or O, then read it back
        int n = g.ids().size();
        String[][] ssim = new String[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                boolean f = g.m()[i][j];
                boolean b = g.m()[j][i];
                ssim[i][j] = f && b ? "X" : f ? "V" : b ? "a" : "O";
            }
        }
        boolean[][] expected = new boolean[n][n];
        for (int i = 0; i < n; i++) {
            expected[i] = g.m()[i].clone();
            expected[i][i] = true;
        }
        assertArrayEquals(expected, IsmInput.fromSsim(g.ids(), ssim).initialReachability());
    }

    @Property(tries = 100)
    void drivingAndDependenceTotalsAreEqual(@ForAll("graphs") Graph g) {
        IsmResult r = analyze(g, Ism.withDefaults());
        int total = 0;
        for (boolean[] row : r.finalReachability()) {
            for (boolean c : row) {
                total += c ? 1 : 0;
            }
        }
        assertEquals(total, java.util.Arrays.stream(r.drivingPowers()).sum());
        assertEquals(total, java.util.Arrays.stream(r.dependencePowers()).sum());
    }
}
