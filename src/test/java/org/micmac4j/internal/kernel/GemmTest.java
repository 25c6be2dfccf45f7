package org.micmac4j.internal.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.micmac4j.testutil.RandomMatrices;

/**
 * The packed products, plain-Java and Vector API (when this JVM has the module: the surefire
 * argLine adds it), against independent oracles: the naive triple loop, exact on integer matrices
 * whose sums stay below 2^53, and exact {@link BigDecimal} arithmetic with the error bound of
 * docs/METHOD.md §3.2 on real ones. Sizes cross every edge: the tile (MR, NR), the depth block
 * (KC), the column and row blocks, with the production blocks and with small ones.
 */
class GemmTest {
    /**
     * 1 x 1, the tiles (2 x 4 plain; 8 x 24 and 6 x 8 vector) ± 1, the depth block 256 ± 1, the row
     * block of the 8-row vector tile (256) ± 1; the column block (768) ± 1 in
     * {@link #productionColumnBlockEdges()}; every other block edge with the small blocks of {@link #all()}.
     */
    private static final int[] SIZES = {1, 2, 3, 4, 5, 6, 7, 8, 9, 23, 24, 25, 47, 48, 49, 95, 96, 97, 191, 192, 193,
        255, 256, 257};

    static double[] naive(double[] a, double[] b, int n) {
        double[] c = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int p = 0; p < n; p++) {
                    s += a[i * n + p] * b[p * n + j];
                }
                c[i * n + j] = s;
            }
        }
        return c;
    }

    /** The plain-Java product and, when this JVM has the module, the Vector API one. */
    static List<GemmKernel> production() {
        List<GemmKernel> k = new ArrayList<>();
        k.add(SimdSupport.scalarGemm());
        if (SimdSupport.vectorized()) {
            k.add(SimdSupport.gemm());
        }
        return k;
    }

    /**
     * @param g a production product
     * @param depth its depth block
     * @param columnTiles columns per block, in tiles (plain: in 5-column steps, to cross the loops' edges)
     * @param rowTiles rows per block, in tiles (plain: no row block)
     * @return the same product with these blocks
     */
    static GemmKernel withBlocks(GemmKernel g, int depth, int columnTiles, int rowTiles) {
        if (g instanceof PlainGemm) {
            return ((PlainGemm) g).withBlocks(depth, 5 * columnTiles);
        }
        PackedGemm p = (PackedGemm) g;
        MicroKernel m = p.microKernel();
        return p.withBlocks(depth, columnTiles * m.columns(), rowTiles * m.rows());
    }

    /** The production products and the same with small blocks (depth 7, two tiles wide, three high). */
    static List<GemmKernel> all() {
        List<GemmKernel> k = new ArrayList<>(production());
        for (GemmKernel g : production()) {
            k.add(withBlocks(g, 7, 2, 3));
        }
        return k;
    }

    private static int columnBlock(GemmKernel g) {
        return g instanceof PlainGemm ? PlainGemm.COLUMN_BLOCK : ((PackedGemm) g).columnBlock();
    }

    static double[] run(GemmKernel g, double[] a, double[] b, int n, int threads) {
        double[] c = new double[n * n];
        Arrays.fill(c, Double.NaN); // must be overwritten
        g.multiply(a, b, c, n, threads);
        return c;
    }

    @Test
    void integerProductsAreExactAtEveryEdge() {
        Random r = new Random(20);
        for (int n : SIZES) {
            double[] a = RandomMatrices.rowMajor(r, n, 0.6, true);
            double[] b = RandomMatrices.rowMajor(r, n, 0.6, true);
            double[] expected = naive(a, b, n); // sums ≤ 9n < 2^53: exact
            for (GemmKernel g : all()) {
                for (int threads : new int[] {1, 2, 3}) {
                    assertArrayEquals(expected, run(g, a, b, n, threads),
                            g.name() + " " + g.blocking() + " n=" + n + " threads=" + threads);
                }
            }
        }
    }

    /**
     * The benchmark hook {@link GemmBlocks}: with the production blocks it is the production product
     * bit for bit (real matrix), with others still exact on integers (naive loop), and a width that
     * is not a multiple of the tile is rounded up, not refused.
     */
    @Test
    void otherBlocksForTheBenchmarkGiveTheSameProducts() {
        Random r = new Random(26);
        int n = 101;
        double[] x = RandomMatrices.rowMajor(r, n, 0.8, false);
        GemmKernel g = SimdSupport.gemm();
        int depth = g instanceof PlainGemm ? PlainGemm.DEPTH_BLOCK : ((PackedGemm) g).depthBlock();
        assertArrayEquals(MatrixPowers.multiply(x, x, n, 2), GemmBlocks.multiply(x, x, n, 2, depth, columnBlock(g)));
        double[] a = RandomMatrices.rowMajor(r, n, 0.6, true);
        double[] expected = naive(a, a, n);
        for (int[] blocks : new int[][] {{7, 1}, {64, 50}, {300, 1000}}) {
            assertArrayEquals(expected, GemmBlocks.multiply(a, a, n, 1, blocks[0], blocks[1]), Arrays.toString(blocks));
        }
        int width = g instanceof PlainGemm ? 1 : ((PackedGemm) g).microKernel().columns();
        assertTrue(GemmBlocks.describe(7, 1).contains("depth 7, " + width + " columns"), GemmBlocks.describe(7, 1));
    }

    /** n = the production column blocks ± 1 (256 plain, 768 packed), each with its own blocks. */
    @Test
    void productionColumnBlockEdges() {
        Random r = new Random(25);
        SortedSet<Integer> sizes = new TreeSet<>();
        for (GemmKernel g : production()) {
            sizes.add(columnBlock(g) - 1);
            sizes.add(columnBlock(g) + 1);
        }
        for (int n : sizes) {
            double[] a = RandomMatrices.rowMajor(r, n, 0.6, true);
            double[] b = RandomMatrices.rowMajor(r, n, 0.6, true);
            double[] expected = naive(a, b, n);
            for (GemmKernel g : production()) {
                assertArrayEquals(expected, run(g, a, b, n, 2), g.name() + " " + g.blocking() + " n=" + n);
            }
        }
    }

    @Test
    void realProductsStayWithinTheErrorBound() {
        Random r = new Random(21);
        for (int n : new int[] {1, 5, 13, 26, 50}) {
            double[] a = signed(r, n);
            double[] b = signed(r, n);
            BigDecimal[] ea = ExactMatrices.of(a);
            BigDecimal[] eb = ExactMatrices.of(b);
            BigDecimal[] exact = ExactMatrices.multiply(ea, eb, n);
            BigDecimal[] scale = ExactMatrices.multiply(ExactMatrices.abs(ea), ExactMatrices.abs(eb), n);
            for (GemmKernel g : all()) {
                double worst = ExactMatrices.worstRelative(run(g, a, b, n, 2), exact, scale);
                assertTrue(worst <= ExactMatrices.gamma(n), g.name() + " n=" + n + ": " + worst + " > γ_n");
            }
        }
    }

    @Test
    void resultsAreTheSameWhateverTheThreadCountAndTheOuterBlocks() {
        Random r = new Random(22);
        for (int n : new int[] {96, 131, 300}) {
            double[] a = signed(r, n);
            double[] b = signed(r, n);
            for (GemmKernel g : all()) {
                double[] one = run(g, a, b, n, 1);
                for (int threads = 2; threads <= 5; threads++) {
                    assertArrayEquals(one, run(g, a, b, n, threads), g.name() + " n=" + n + " threads=" + threads);
                }
            }
            // Only the depth block fixes the order of the packed sums; column and row blocks do not.
            for (GemmKernel g : production()) {
                if (g instanceof PackedGemm) {
                    PackedGemm p = (PackedGemm) g;
                    GemmKernel other = withBlocks(p, p.depthBlock(), 1, 1);
                    assertArrayEquals(run(g, a, b, n, 1), run(other, a, b, n, 3),
                            g.name() + " n=" + n + " other blocks");
                }
            }
        }
    }

    /**
     * The plain product makes the textbook loop's operations ({@code s += a·b} in the order of p, each
     * rounded): on real matrices it equals that loop bit for bit, whatever its blocks and threads.
     */
    @Test
    void plainProductIsTheTextbookLoopBitForBit() {
        Random r = new Random(27);
        for (int n : new int[] {1, 2, 3, 5, 8, 31, 97, 130, 257}) {
            double[] a = signed(r, n);
            double[] b = signed(r, n);
            double[] expected = naive(a, b, n);
            for (int[] blocks : new int[][] {{PlainGemm.DEPTH_BLOCK, PlainGemm.COLUMN_BLOCK}, {1, 1}, {3, 7}, {4, 8},
                {5, 300}, {300, 5}}) {
                GemmKernel g = PlainGemm.INSTANCE.withBlocks(blocks[0], blocks[1]);
                for (int threads : new int[] {1, 2, 3}) {
                    assertArrayEquals(expected, run(g, a, b, n, threads),
                            g.blocking() + " n=" + n + " threads=" + threads);
                }
            }
        }
    }

    @Test
    void zeroAndOneByOne() {
        for (GemmKernel g : all()) {
            int n = 50;
            double[] zero = new double[n * n];
            double[] b = RandomMatrices.rowMajor(new Random(23), n, 1, false);
            assertArrayEquals(zero, run(g, zero, b, n, 2), g.name());
            assertArrayEquals(zero, run(g, b, zero, n, 2), g.name());
            for (double x : new double[] {0, 1, -2.5, Double.MIN_VALUE, Double.MAX_VALUE}) {
                for (double y : new double[] {0, 1, 0.5, -3}) { // sums start at +0: 0·(−3) gives +0, as in the loop
                    assertArrayEquals(new double[] {0.0 + x * y}, run(g, new double[] {x}, new double[] {y}, 1, 1),
                            g.name() + " " + x + "·" + y);
                }
            }
            assertEquals(0, run(g, new double[0], new double[0], 0, 2).length);
        }
    }

    /**
     * Entries at the top of the double range: a sum that overflows gives +∞ (never a wrapped or
     * clipped value), one that does not stays exact, and the zero padding of edge panels never turns
     * an infinite entry into NaN elsewhere: the non-finite entries are those of the naive loop.
     */
    @Test
    void maxMagnitudeEntriesOverflowVisiblyAndOnlyWhereTheyShould() {
        double big = Math.scalb(1.0, 511); // big² = 2^1022: two such terms make 2^1023, four overflow
        for (GemmKernel g : all()) {
            for (int n : new int[] {2, 4, 7, 25, 97}) {
                double[] a = new double[n * n];
                Arrays.fill(a, big);
                double[] c = run(g, a, a, n, 2);
                double expected = n * Math.scalb(1.0, 1022); // exact or +∞
                for (double v : c) {
                    assertEquals(expected, v, g.name() + " n=" + n);
                }
            }
            for (int n : new int[] {1, 9, 25, 49}) {
                Random r = new Random(24 + n);
                double[] a = RandomMatrices.rowMajor(r, n, 0.5, true);
                double[] b = RandomMatrices.rowMajor(r, n, 0.5, true);
                a[r.nextInt(n * n)] = Double.MAX_VALUE;
                b[r.nextInt(n * n)] = Double.POSITIVE_INFINITY;
                a[r.nextInt(n * n)] = Double.NaN;
                double[] expected = naive(a, b, n);
                double[] c = run(g, a, b, n, 2);
                for (int i = 0; i < c.length; i++) {
                    assertEquals(Double.isNaN(expected[i]), Double.isNaN(c[i]), g.name() + " n=" + n + " [" + i + "]");
                    assertEquals(Double.isInfinite(expected[i]), Double.isInfinite(c[i]),
                            g.name() + " n=" + n + " [" + i + "]");
                }
            }
        }
    }

    @Test
    void blocksMustBeMultiplesOfTheTile() {
        assertThrows(IllegalArgumentException.class, () -> PlainGemm.INSTANCE.withBlocks(0, 8));
        assertThrows(IllegalArgumentException.class, () -> PlainGemm.INSTANCE.withBlocks(8, 0));
        assumeTrue(SimdSupport.vectorized(), "the packed product runs with the Vector API only");
        PackedGemm g = (PackedGemm) SimdSupport.gemm();
        MicroKernel m = g.microKernel();
        assertThrows(IllegalArgumentException.class, () -> g.withBlocks(8, m.columns() + 1, m.rows()));
        assertThrows(IllegalArgumentException.class, () -> g.withBlocks(8, m.columns(), m.rows() + 1));
        assertThrows(IllegalArgumentException.class, () -> g.withBlocks(0, m.columns(), m.rows()));
    }

    /** Reals in (−10, 10), a third of them zero. */
    static double[] signed(Random r, int n) {
        double[] a = new double[n * n];
        for (int i = 0; i < a.length; i++) {
            a[i] = r.nextInt(3) == 0 ? 0 : 20 * r.nextDouble() - 10;
        }
        return a;
    }

    /**
     * The library on a plain JVM (no add-modules): loads, uses the plain product, and its products
     * are exact on integers.
     */
    @Test
    @Tag("slow")
    void plainJavaRunsWithoutTheVectorModule() throws IOException, InterruptedException {
        assertEquals("vectorized=false gemm=" + PlainGemm.INSTANCE.name() + " power=[7.0, 10.0, 15.0, 22.0] exact=true",
                probe());
    }

    private static String probe(String... options) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(options));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), PlainJvmProbe.class.getName()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertEquals(0, p.waitFor(), out);
        return out;
    }
}
