package org.micmac4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.micmac4j.testutil.RandomMatrices;

/** Invariants of the mathematics, over random matrices (with P cells) and random orders. */
class MicmacPropertiesTest {

    private static InfluenceMatrix matrix(long seed, int n, double fill) {
        return RandomMatrices.withPotential(seed, n, fill, 0.1);
    }

    @Property(tries = 150)
    void permutingVariablesPermutesEveryResult(@ForAll long seed, @ForAll @IntRange(min = 2, max = 30) int n,
            @ForAll @DoubleRange(min = 0.05, max = 0.9) double fill, @ForAll @IntRange(min = 0, max = 8) int order) {
        InfluenceMatrix m = matrix(seed, n, fill);
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            idx.add(i);
        }
        Collections.shuffle(idx, new Random(seed));
        int[] perm = idx.stream().mapToInt(Integer::intValue).toArray();
        Micmac micmac = Micmac.withDefaults().withOrder(order);
        MicmacResult a = micmac.analyze(m);
        MicmacResult b = micmac.analyze(m.permute(perm));
        assertEquals(a.order(), b.order());
        assertEquals(a.structure().kind(), b.structure().kind());
        assertEquals(a.structure().period(), b.structure().period());
        for (View v : View.values()) {
            ViewResult x = a.view(v);
            ViewResult y = b.view(v);
            for (int k = 0; k < n; k++) {
                int i = perm[k];
                assertEquals(x.influence(i), y.influence(k), 1e-9 * Math.max(1, x.influence(i)), v + " influence");
                assertEquals(x.dependence(i), y.dependence(k), 1e-9 * Math.max(1, x.dependence(i)), v + " dependence");
                assertEquals(x.influenceRank(i), y.influenceRank(k), v + " influence rank");
                assertEquals(x.dependenceRank(i), y.dependenceRank(k), v + " dependence rank");
                assertEquals(x.sector(i), y.sector(k), v + " sector");
            }
        }
    }

    @Property(tries = 150)
    void transposingSwapsInfluenceAndDependence(@ForAll long seed, @ForAll @IntRange(min = 2, max = 30) int n,
            @ForAll @DoubleRange(min = 0.05, max = 0.9) double fill, @ForAll @IntRange(min = 0, max = 8) int order) {
        InfluenceMatrix m = matrix(seed, n, fill);
        Micmac micmac = Micmac.withDefaults().withOrder(order);
        MicmacResult a = micmac.analyze(m);
        MicmacResult t = micmac.analyze(m.transpose());
        assertEquals(a.order(), t.order());
        for (View v : View.values()) {
            ViewResult x = a.view(v);
            ViewResult y = t.view(v);
            assertArrayEquals(x.ranking().influenceRanks(), y.ranking().dependenceRanks(), v.name());
            assertArrayEquals(x.ranking().dependenceRanks(), y.ranking().influenceRanks(), v.name());
            for (int i = 0; i < n; i++) {
                assertEquals(x.influence(i), y.dependence(i), 1e-9 * Math.max(1, x.influence(i)));
            }
        }
    }

    @Property(tries = 150)
    void scalingAllWeightsKeepsRanksAndSectors(@ForAll long seed, @ForAll @IntRange(min = 2, max = 30) int n,
            @ForAll @DoubleRange(min = 0.05, max = 0.9) double fill,
            @ForAll @DoubleRange(min = 0.01, max = 100) double c, @ForAll @IntRange(min = 0, max = 8) int order) {
        double[][] a = RandomMatrices.classic(seed, n, fill);
        double[][] s = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                s[i][j] = a[i][j] * c;
            }
        }
        Micmac micmac = Micmac.withDefaults().withOrder(order);
        MicmacResult x = micmac.analyze(InfluenceMatrix.of(a, Scale.WEIGHTS));
        MicmacResult y = micmac.analyze(InfluenceMatrix.of(s, Scale.WEIGHTS));
        assertEquals(x.order(), y.order());
        for (View v : View.values()) {
            assertArrayEquals(x.view(v).ranking().influenceRanks(), y.view(v).ranking().influenceRanks(), v.name());
            assertArrayEquals(x.view(v).ranking().dependenceRanks(), y.view(v).ranking().dependenceRanks(), v.name());
            assertArrayEquals(x.view(v).sectors(), y.view(v).sectors(), v.name());
        }
    }

    @Property(tries = 100)
    void inputsAreNeverModified(@ForAll long seed, @ForAll @IntRange(min = 1, max = 25) int n,
            @ForAll @DoubleRange(min = 0.05, max = 0.9) double fill) {
        double[][] a = RandomMatrices.classic(seed, n, fill);
        double[][] copy = new double[n][];
        for (int i = 0; i < n; i++) {
            copy[i] = a[i].clone();
        }
        InfluenceMatrix m = InfluenceMatrix.of(a);
        a[0][0] = 99; // the matrix copied the array
        assertEquals(0.0, m.value(0, 0), 0);
        a[0][0] = 0;
        InfluenceMatrix before = InfluenceMatrix.of(copy);
        MicmacResult r = Micmac.withDefaults().analyze(m);
        for (View v : View.values()) {
            double[] inf = r.view(v).influences();
            inf[0] = -1; // returned arrays are copies
            assertEquals(r.view(v).influence(0), r.view(v).influences()[0], 0);
        }
        r.indirectMatrix(View.INDIRECT)[0][0] = 42;
        assertEquals(before, m);
        assertArrayEquals(copy, a);
        assertArrayEquals(copy, m.toArray(0));
    }

    @Property(tries = 150)
    void influencesAndDependencesHaveTheSameTotalInEveryView(@ForAll long seed,
            @ForAll @IntRange(min = 1, max = 40) int n, @ForAll @DoubleRange(min = 0.0, max = 0.9) double fill,
            @ForAll @IntRange(min = 0, max = 10) int order) {
        MicmacResult r = Micmac.withDefaults().withOrder(order).analyze(matrix(seed, n, fill));
        for (View v : View.values()) {
            ViewResult x = r.view(v);
            double si = 0;
            double sd = 0;
            for (int i = 0; i < n; i++) {
                si += x.influence(i);
                sd += x.dependence(i);
            }
            assertEquals(si, sd, 1e-9 * Math.max(1, si), v.name());
            assertEquals(x.total(), si, 1e-9 * Math.max(1, si), v.name());
        }
    }
}
