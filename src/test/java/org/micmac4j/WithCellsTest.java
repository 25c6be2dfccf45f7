package org.micmac4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.TreeSet;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.micmac4j.testutil.RandomMatrices;

/** {@link InfluenceMatrix#withCells}: the fast path equals the builder making the same changes. */
class WithCellsTest {

    @Property(tries = 200)
    void equalsTheBuilderWithTheSameChanges(@ForAll long seed, @ForAll @IntRange(min = 2, max = 70) int n,
            @ForAll @DoubleRange(min = 0.0, max = 0.9) double fill, @ForAll Storage storage) {
        InfluenceMatrix m = rebuilt(RandomMatrices.withPotential(seed, n, fill, 0.2), storage);
        SplittableRandom r = new SplittableRandom(seed);
        TreeSet<Long> cells = new TreeSet<>();
        for (int c = r.nextInt(2 * n + 1); c > 0; c--) {
            int i = r.nextInt(n);
            int j = r.nextInt(n);
            if (i != j) {
                cells.add((long) i * n + j);
            }
        }
        int count = cells.size();
        int[] from = new int[count];
        int[] to = new int[count];
        double[] values = new double[count];
        InfluenceMatrix.Builder b = copyCells(m, InfluenceMatrix.builder(m.variables()).scale(m.scale()));
        int k = 0;
        for (long c : cells) {
            from[k] = (int) (c / n);
            to[k] = (int) (c % n);
            values[k] = r.nextInt(4);
            b.set(from[k], to[k], values[k]);
            k++;
        }
        int[] fromCopy = from.clone();
        double[] valuesCopy = values.clone();
        InfluenceMatrix expected = b.build();
        InfluenceMatrix changed = m.withCells(from, to, values, count);
        assertEquals(expected, changed);
        assertEquals(expected.potentialCount(), changed.potentialCount());
        assertEquals(expected.nonZeroCount(), changed.nonZeroCount());
        for (View v : View.values()) {
            assertArrayEquals(Micmac.withDefaults().analyze(expected).view(v).ranking().influenceRanks(),
                    Micmac.withDefaults().analyze(changed).view(v).ranking().influenceRanks(), v.toString());
        }
        assertArrayEquals(fromCopy, from, "arguments not modified");
        assertArrayEquals(valuesCopy, values, "arguments not modified");
        assertEquals(rebuilt(RandomMatrices.withPotential(seed, n, fill, 0.2), storage), m, "matrix not modified");
    }

    private static InfluenceMatrix rebuilt(InfluenceMatrix m, Storage storage) {
        return copyCells(m, InfluenceMatrix.builder(m.variables()).scale(m.scale()).storage(storage)).build();
    }

    /** Sets every cell of m (values and P marks) in b; returns b. */
    private static InfluenceMatrix.Builder copyCells(InfluenceMatrix m, InfluenceMatrix.Builder b) {
        int n = m.size();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (m.isPotential(i, j)) {
                    b.potential(i, j);
                } else {
                    b.set(i, j, m.value(i, j));
                }
            }
        }
        return b;
    }

    @Test
    void aListedPCellLosesItsMark() {
        InfluenceMatrix m = InfluenceMatrix.builder("A", "B", "C").potential("A", "B").potential("C", "A").build();
        InfluenceMatrix c = m.withCells(new int[] {0}, new int[] {1}, new double[] {2}, 1);
        assertFalse(c.isPotential(0, 1));
        assertEquals(2, c.value(0, 1));
        assertTrue(c.isPotential(2, 0));
        assertEquals(1, c.potentialCount());
    }

    @Test
    void badChangesAreRefusedNamingTheChange() {
        InfluenceMatrix m = InfluenceMatrix.builder("A", "B", "C").set("A", "B", 1).build();
        InvalidInputException order = assertThrows(InvalidInputException.class,
                () -> m.withCells(new int[] {1, 0}, new int[] {0, 1}, new double[] {1, 1}, 2));
        assertTrue(order.getMessage().contains("change 2"), order.getMessage());
        assertThrows(InvalidInputException.class,
                () -> m.withCells(new int[] {0, 0}, new int[] {1, 1}, new double[] {1, 2}, 2), "repeated cell");
        InvalidInputException scale = assertThrows(InvalidInputException.class,
                () -> m.withCells(new int[] {0}, new int[] {2}, new double[] {4}, 1));
        assertTrue(scale.getMessage().contains("change 1") && scale.getMessage().contains("C"), scale.getMessage());
        assertThrows(InvalidInputException.class,
                () -> m.withCells(new int[] {1}, new int[] {1}, new double[] {1}, 1), "diagonal");
        assertThrows(InvalidInputException.class,
                () -> m.withCells(new int[] {3}, new int[] {1}, new double[] {1}, 1), "outside");
        assertThrows(InvalidInputException.class,
                () -> m.withCells(new int[] {0}, new int[] {1}, new double[] {1}, 2), "count beyond the arrays");
        assertEquals(m, m.withCells(new int[] {1, 0}, new int[] {0, 1}, new double[] {1, 1}, 0), "count 0: no change");
    }

    @Test
    void overflowIsRefused() {
        InfluenceMatrix m = InfluenceMatrix.builder("A", "B", "C").scale(Scale.WEIGHTS).set("A", "B", 1e308)
                .build();
        assertThrows(InvalidInputException.class,
                () -> m.withCells(new int[] {1}, new int[] {2}, new double[] {1e308}, 1));
        assertEquals(1e300, m.withCells(new int[] {1}, new int[] {2}, new double[] {1e300}, 1).value(1, 2));
    }
}
