package org.micmac4j.internal.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.micmac4j.testutil.RandomMatrices;

/**
 * Properties of the products over random orders, blocks and thread counts, the plain-Java one and
 * (when this JVM has the module) the packed Vector API one: integer products
 * equal the naive loop exactly (the sums stay far below 2^53), and real products do not depend
 * on the thread count nor on the column and row blocks.
 */
class GemmPropertiesTest {

    private static GemmKernel blocked(int which, int depth, int columnTiles, int rowTiles) {
        List<GemmKernel> kernels = GemmTest.production();
        return GemmTest.withBlocks(kernels.get(which % kernels.size()), depth, columnTiles, rowTiles);
    }

    @Property(tries = 60)
    void integerProductsAreExact(@ForAll @IntRange(min = 1, max = 70) int n,
            @ForAll @IntRange(min = 1, max = 40) int depth,
            @ForAll @IntRange(min = 1, max = 4) int columnTiles, @ForAll @IntRange(min = 1, max = 4) int rowTiles,
            @ForAll @IntRange(min = 1, max = 4) int threads, @ForAll @IntRange(min = 0, max = 1) int which,
            @ForAll long seed) {
        Random r = new Random(seed);
        double[] a = RandomMatrices.rowMajor(r, n, 0.7, true);
        double[] b = RandomMatrices.rowMajor(r, n, 0.7, true);
        GemmKernel g = blocked(which, depth, columnTiles, rowTiles);
        double[] c = new double[n * n];
        g.multiply(a, b, c, n, threads);
        assertArrayEquals(GemmTest.naive(a, b, n), c, g.name() + " " + g.blocking());
    }

    @Property(tries = 40)
    void realProductsDoNotDependOnThreadsNorOuterBlocks(@ForAll @IntRange(min = 1, max = 220) int n,
            @ForAll @IntRange(min = 1, max = 300) int depth, @ForAll @IntRange(min = 1, max = 4) int columnTiles,
            @ForAll @IntRange(min = 1, max = 4) int rowTiles, @ForAll @IntRange(min = 2, max = 5) int threads,
            @ForAll @IntRange(min = 0, max = 1) int which, @ForAll long seed) {
        Random r = new Random(seed);
        double[] a = GemmTest.signed(r, n);
        double[] b = GemmTest.signed(r, n);
        GemmKernel reference = blocked(which, depth, 1, 1);
        GemmKernel g = blocked(which, depth, columnTiles, rowTiles);
        double[] expected = new double[n * n];
        reference.multiply(a, b, expected, n, 1);
        double[] c = new double[n * n];
        g.multiply(a, b, c, n, threads, new GemmWorkspace());
        assertArrayEquals(expected, c, g.name() + " " + g.blocking() + " threads=" + threads);
    }
}
