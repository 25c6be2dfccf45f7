package org.micmac4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.micmac4j.testutil.RandomMatrices;

/** The storage (and so the kernel) never changes a result. */
class StorageTest {

    private static InfluenceMatrix stored(double[][] a, Storage s) {
        InfluenceMatrix.Builder b = InfluenceMatrix.builder(InfluenceMatrix.of(a).variables()).storage(s);
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a.length; j++) {
                b.set(i, j, a[i][j]);
            }
        }
        return b.build();
    }

    @Property(tries = 60)
    void everyStorageGivesTheSameAnalysis(@ForAll long seed, @ForAll @IntRange(min = 1, max = 150) int n,
            @ForAll @DoubleRange(min = 0.01, max = 0.9) double fill) {
        double[][] a = RandomMatrices.classic(seed, n, fill);
        MicmacResult reference = Micmac.withDefaults().analyze(stored(a, Storage.DENSE));
        for (Storage s : List.of(Storage.AUTO, Storage.COMPACT, Storage.SPARSE)) {
            InfluenceMatrix m = stored(a, s);
            assertEquals(stored(a, Storage.DENSE), m, s.name());
            MicmacResult r = Micmac.withDefaults().analyze(m);
            assertEquals(reference.order(), r.order(), s.name());
            assertEquals(reference.structure().kind(), r.structure().kind(), s.name());
            assertEquals(reference.structure().spectralRadius(), r.structure().spectralRadius(),
                    1e-12 * Math.max(1, reference.structure().spectralRadius()), s.name());
            for (View v : View.values()) {
                assertArrayEquals(reference.view(v).ranking().influenceRanks(), r.view(v).ranking().influenceRanks());
                assertArrayEquals(reference.view(v).ranking().dependenceRanks(), r.view(v).ranking().dependenceRanks());
                assertArrayEquals(reference.view(v).influences(), r.view(v).influences(),
                        1e-9 * Math.max(1, reference.view(v).total()));
            }
        }
    }

    /**
     * The builder keeps cells in bytes until a value needs a double, then moves them: whatever the
     * order of the calls, every cell holds the last value or P mark set (oracle: a plain array
     * of what was set), on every storage that can hold the values.
     */
    @Property(tries = 200)
    void builderHoldsTheLastValueSetWhateverTheOrder(@ForAll long seed, @ForAll @IntRange(min = 1, max = 12) int n) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double[] choices = {0, 1, 2, 3, 127, 0.5, 128, 1e6};
        double[][] last = new double[n][n];
        boolean[][] p = new boolean[n][n];
        List<Variable> vars = InfluenceMatrix.of(new double[n][n]).variables();
        InfluenceMatrix.Builder b = InfluenceMatrix.builder(vars).scale(Scale.PERMISSIVE);
        boolean real = rnd.nextInt(3) == 0;
        for (int k = rnd.nextInt(3 * n * n + 1); k > 0; k--) {
            int i = rnd.nextInt(n);
            int j = rnd.nextInt(n);
            if (i == j) {
                continue;
            }
            if (rnd.nextInt(6) == 0) {
                b.potential(i, j);
                p[i][j] = true;
                last[i][j] = 0;
            } else {
                double v = choices[rnd.nextInt(real ? choices.length : 5)];
                b.set(i, j, v);
                p[i][j] = false;
                last[i][j] = v;
            }
        }
        InfluenceMatrix m = b.build();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                assertEquals(last[i][j], m.value(i, j), 0.0, "cell " + i + "," + j);
                assertEquals(p[i][j], m.isPotential(i, j), "P mark " + i + "," + j);
            }
        }
        for (Storage s : List.of(Storage.DENSE, Storage.SPARSE, Storage.AUTO)) {
            assertEquals(m, b.storage(s).build(), s.name());
        }
    }

    @Test
    void autoRuleFollowsFillAndValues() {
        assertEquals(Storage.COMPACT, stored(RandomMatrices.classic(1, 100, 0.5), Storage.AUTO).storage());
        assertEquals(Storage.SPARSE, stored(RandomMatrices.classic(1, 100, 0.02), Storage.AUTO).storage());
        // Below n = 64 nothing is compressed.
        assertEquals(Storage.COMPACT, stored(RandomMatrices.classic(1, 20, 0.02), Storage.AUTO).storage());
        assertEquals(Storage.DENSE, InfluenceMatrix.of(new double[][] {{0, 0.5}, {1, 0}}, Scale.WEIGHTS).storage());
        assertThrows(InvalidInputException.class, () -> InfluenceMatrix.builder("A", "B").scale(Scale.WEIGHTS)
                .storage(Storage.COMPACT).set(0, 1, 0.5).build());
    }

    @Test
    void fromLinksEqualsTheBuilder() {
        List<Variable> vs = InfluenceMatrix.of(new double[3][3]).variables();
        InfluenceMatrix m = InfluenceMatrix.fromLinks(vs, new int[] {0, 1, 2}, new int[] {1, 2, 0},
                new double[] {3, 1, 2}, Scale.CLASSIC);
        assertEquals(Storage.SPARSE, m.storage());
        assertEquals(InfluenceMatrix.of(new double[][] {{0, 3, 0}, {0, 0, 1}, {2, 0, 0}}), m);
    }

    @Test
    void fromLinksRejectsBadLinks() {
        List<Variable> vs = InfluenceMatrix.of(new double[3][3]).variables();
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> InfluenceMatrix.fromLinks(vs,
                new int[] {0, 1}, new int[] {1, 1}, new double[] {1, 2}, Scale.CLASSIC));
        assertTrue(e.getMessage().contains("link 2, row V2 (2), column V2 (2)"), e.getMessage());
        e = assertThrows(InvalidInputException.class, () -> InfluenceMatrix.fromLinks(vs, new int[] {0},
                new int[] {5}, new double[] {1}, Scale.CLASSIC));
        assertTrue(e.getMessage().contains("link 1 (0 -> 5)"), e.getMessage());
        e = assertThrows(InvalidInputException.class, () -> InfluenceMatrix.fromLinks(vs, new int[] {0},
                new int[] {1}, new double[] {4}, Scale.CLASSIC));
        assertTrue(e.getMessage().contains("4 is out of the scale"), e.getMessage());
        assertThrows(InvalidInputException.class, () -> InfluenceMatrix.fromLinks(vs, new int[] {0, 0},
                new int[] {1, 1}, new double[] {1, 2}, Scale.CLASSIC));
    }

    /** A network far too large for n² cells: 200 000 variables, 10 links each. */
    @Test
    @Tag("slow")
    void largeSparseNetworkIsAnalysedWithoutDenseMemory() {
        int n = 200_000;
        int links = 10 * n;
        SplittableRandom r = new SplittableRandom(5);
        int[] from = new int[links];
        int[] to = new int[links];
        double[] w = new double[links];
        for (int i = 0, e = 0; i < n; i++) {
            java.util.Set<Integer> seen = new java.util.HashSet<>();
            while (seen.size() < 10) {
                int j = r.nextInt(n);
                if (j != i && seen.add(j)) {
                    from[e] = i;
                    to[e] = j;
                    w[e++] = 1 + r.nextInt(3);
                }
            }
        }
        List<Variable> vs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            vs.add(Variable.of("V" + i));
        }
        InfluenceMatrix m = InfluenceMatrix.fromLinks(vs, from, to, w, Scale.CLASSIC);
        MicmacResult res = Micmac.withDefaults().withOrder(7).analyze(m);
        ViewResult v = res.view(View.INDIRECT);
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += v.influence(i);
        }
        assertEquals(res.view(View.DIRECT).total(), sum, 1e-6 * sum);
        assertEquals(7, res.order());
    }
}
