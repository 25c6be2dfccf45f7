package org.micmac4j.internal.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

import org.micmac4j.testutil.RandomMatrices;

class StoresTest {
    private static final int[] SIZES = {1, 2, 3, 7, 8, 29, 63, 64, 65, 100};
    private static final double[] FILLS = {0.0, 0.01, 0.1, 0.5, 0.9, 1.0};
    private static final Layout[] LAYOUTS = {Layout.AUTO, Layout.DENSE, Layout.BYTES, Layout.SPARSE};

    /** Every layout reads back what it was given, through every accessor. */
    @Test
    void everyLayoutRoundTrips() {
        Random r = new Random(1);
        for (int n : SIZES) {
            for (double fill : FILLS) {
                for (boolean integral : new boolean[] {true, false}) {
                    double[] a = RandomMatrices.rowMajor(r, n, fill, integral);
                    for (Layout layout : LAYOUTS) {
                        if (layout == Layout.BYTES && !java.util.Arrays.stream(a).allMatch(ByteStore::fits)) {
                            assertThrows(IllegalArgumentException.class, () -> Stores.of(a.clone(), n, Layout.BYTES));
                            continue;
                        }
                        String what = layout + " n=" + n + " fill=" + fill + " integral=" + integral;
                        assertSame(a, n, Stores.of(a.clone(), n, layout), what);
                    }
                }
            }
        }
    }

    /** withCells on every layout equals the same change made on a plain array. */
    @Test
    void withCellsMatchesArrayEdit() {
        Random r = new Random(2);
        double[] newValues = {0, 1, 3, 0.5, 200};
        for (int round = 0; round < 200; round++) {
            int n = 1 + r.nextInt(40);
            boolean integral = r.nextBoolean();
            double[] a = RandomMatrices.rowMajor(r, n, r.nextDouble(), integral);
            TreeSet<Long> set = new TreeSet<>();
            for (int c = r.nextInt(2 * n); c > 0; c--) {
                set.add((long) r.nextInt(n * n));
            }
            long[] cells = set.stream().mapToLong(Long::longValue).toArray();
            double value = newValues[r.nextInt(newValues.length)];
            double[] expected = a.clone();
            for (long c : cells) {
                expected[(int) c] = value;
            }
            for (Layout layout : LAYOUTS) {
                if (layout == Layout.BYTES && !integral) {
                    continue;
                }
                MatrixStore s = Stores.of(a.clone(), n, layout);
                MatrixStore t = s.withCells(cells, value);
                String what = "round " + round + " " + layout;
                assertSame(expected, n, t, what);
                assertSame(a, n, s, what + " (original unchanged)");
            }
        }
    }

    /**
     * withCells with a value per cell, on every layout, equals the same edits on a plain array:
     * counts and maximum included (the byte store keeps them up to date instead of rescanning),
     * with changes that lower the maximum, raise it, remove and add non-zeros.
     */
    @Test
    void withCellsPerCellMatchesArrayEdit() {
        Random r = new Random(6);
        double[] newValues = {0, 0, 1, 2, 3, 5, 0.5, 200};
        for (int round = 0; round < 300; round++) {
            int n = 1 + r.nextInt(40);
            boolean integral = r.nextBoolean();
            double[] a = RandomMatrices.rowMajor(r, n, r.nextDouble(), integral);
            TreeSet<Long> set = new TreeSet<>();
            for (int c = r.nextInt(3 * n); c > 0; c--) {
                set.add((long) r.nextInt(n * n));
            }
            int count = set.size();
            int[] rows = new int[count + 2];
            int[] columns = new int[count + 2];
            double[] values = new double[count + 2];
            double[] expected = a.clone();
            int k = 0;
            boolean bytesOnly = r.nextBoolean();
            for (long c : set) {
                rows[k] = (int) (c / n);
                columns[k] = (int) (c % n);
                double v = newValues[r.nextInt(bytesOnly ? 6 : newValues.length)];
                values[k++] = v;
                expected[(int) c] = v;
            }
            values[count] = 99; // beyond count: must be ignored
            int[] rowsCopy = rows.clone();
            double[] valuesCopy = values.clone();
            for (Layout layout : LAYOUTS) {
                if (layout == Layout.BYTES && !integral) {
                    continue;
                }
                MatrixStore s = Stores.of(a.clone(), n, layout);
                MatrixStore t = s.withCells(rows, columns, values, count);
                String what = "round " + round + " " + layout;
                assertSame(expected, n, t, what);
                assertSame(a, n, s, what + " (original unchanged)");
                if (s instanceof ByteStore && bytesOnly) {
                    assertInstanceOf(ByteStore.class, t, what + ": byte values stay in bytes");
                }
            }
            assertArrayEquals(rowsCopy, rows, "arguments not modified");
            assertArrayEquals(valuesCopy, values, "arguments not modified");
        }
    }

    @Test
    void ruleChoosesTheDocumentedLayout() {
        int n = 200;
        double[] sparse = new double[n * n];
        for (int i = 0; i < n; i++) {
            sparse[i * n + (i * 7) % n] = 2;
        }
        assertInstanceOf(CsrStore.class, Stores.of(sparse.clone(), n));
        double[] small = RandomMatrices.rowMajor(new Random(3), 29, 0.02, true);
        assertInstanceOf(ByteStore.class, Stores.of(small, 29), "no compression below the minimum order");
        assertInstanceOf(ByteStore.class, Stores.of(RandomMatrices.rowMajor(new Random(3), n, 0.5, true), n));
        assertInstanceOf(DenseStore.class, Stores.of(RandomMatrices.rowMajor(new Random(3), n, 0.5, false), n));
        assertInstanceOf(DenseStore.class, Stores.dense(sparse.clone(), n), "dense() is never re-laid out");
        double[] big = RandomMatrices.rowMajor(new Random(3), n, 0.5, true);
        big[5] = 128;
        assertInstanceOf(DenseStore.class, Stores.of(big, n), "128 does not fit in a byte");
        assertEquals(Layout.SPARSE, Stores.choose(Layout.AUTO, 100_000, 1_000_000, true));
        assertEquals(Layout.BYTES, Stores.choose(Layout.BYTES, 100_000, 1_000_000, true), "forced");
    }

    @Test
    void edgesBuildTheSameStoreInAnyOrder() {
        Random r = new Random(4);
        for (int round = 0; round < 100; round++) {
            int n = 1 + r.nextInt(60);
            boolean integral = r.nextBoolean();
            double[] a = RandomMatrices.rowMajor(r, n, r.nextDouble() * 0.5, integral);
            List<int[]> cells = new ArrayList<>();
            for (int p = 0; p < a.length; p++) {
                if (a[p] != 0 || r.nextInt(20) == 0) { // a few explicit zero weights, to be dropped
                    cells.add(new int[] {p / n, p % n});
                }
            }
            java.util.Collections.shuffle(cells, r);
            int[] from = cells.stream().mapToInt(c -> c[0]).toArray();
            int[] to = cells.stream().mapToInt(c -> c[1]).toArray();
            double[] w = cells.stream().mapToDouble(c -> a[c[0] * n + c[1]]).toArray();
            MatrixStore s = Stores.sparse(n, from, to, w);
            assertInstanceOf(CsrStore.class, s);
            assertSame(a, n, s, "round " + round);
            assertEquals(integral || s.nonZeroCount() == 0, ((CsrStore) s).byteValues() != null,
                    "bytes when the weights fit");
        }
    }

    @Test
    void transposeSwapsRowsAndColumns() {
        Random r = new Random(5);
        for (int round = 0; round < 50; round++) {
            int n = 1 + r.nextInt(50);
            boolean integral = r.nextBoolean();
            double[] a = RandomMatrices.rowMajor(r, n, r.nextDouble() * 0.5, integral);
            double[] t = new double[n * n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    t[j * n + i] = a[i * n + j];
                }
            }
            CsrStore s = CsrStore.of(a.clone(), n, integral);
            assertSame(t, n, s.transpose(), "round " + round);
            org.junit.jupiter.api.Assertions.assertSame(s, s.transpose().transpose(), "kept, not rebuilt");
        }
    }

    @Test
    void edgesAreValidated() {
        assertThrows(IllegalArgumentException.class,
                () -> Stores.sparse(3, new int[] {0, 0}, new int[] {1, 1}, new double[] {1, 2}), "duplicate");
        assertThrows(IllegalArgumentException.class,
                () -> Stores.sparse(3, new int[] {3}, new int[] {1}, new double[] {1}), "range");
        assertThrows(IllegalArgumentException.class,
                () -> Stores.sparse(3, new int[] {0}, new int[] {1}, new double[] {-1}), "negative");
        assertThrows(IllegalArgumentException.class,
                () -> Stores.sparse(3, new int[] {0}, new int[] {1}, new double[] {Double.NaN}), "NaN");
        assertThrows(IllegalArgumentException.class,
                () -> Stores.sparse(3, new int[] {0}, new int[] {1, 2}, new double[] {1}), "lengths");
    }

    /** Checks every accessor of {@code s} against the row-major array {@code a}. */
    static void assertSame(double[] a, int n, MatrixStore s, String what) {
        assertEquals(n, s.size(), what);
        long nz = 0;
        boolean integral = true;
        double max = 0;
        List<double[]> expected = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double v = a[i * n + j];
                assertEquals(v, s.get(i, j), what + " get(" + i + ", " + j + ")");
                if (v != 0) {
                    nz++;
                    integral &= v == Math.rint(v);
                    max = Math.max(max, v);
                    expected.add(new double[] {i, j, v});
                }
            }
        }
        assertEquals(nz, s.nonZeroCount(), what + " nonZeroCount");
        assertEquals(integral, s.isIntegral(), what + " isIntegral");
        assertEquals(max, s.maxValue(), what + " maxValue");
        List<double[]> seen = new ArrayList<>();
        s.forEachNonZero((i, j, v) -> seen.add(new double[] {i, j, v}));
        assertEquals(expected.size(), seen.size(), what + " forEachNonZero count");
        for (int k = 0; k < seen.size(); k++) {
            assertArrayEquals(expected.get(k), seen.get(k), what + " forEachNonZero #" + k + " (row-major order)");
        }
        assertArrayEquals(a, s.toRowMajor(), what + " toRowMajor");
    }
}
