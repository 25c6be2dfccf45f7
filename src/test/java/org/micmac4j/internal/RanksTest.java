package org.micmac4j.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class RanksTest {

    @Test
    void competitionRankingIs1224() {
        assertArrayEquals(new int[] {1, 2, 2, 4}, Ranks.competition(new double[] {9, 5, 5, 1}, 0));
        assertArrayEquals(new int[] {4, 2, 2, 1}, Ranks.competition(new double[] {1, 5, 5, 9}, 0));
        assertArrayEquals(new int[] {1, 2, 2, 4},
                Ranks.competition(new BigInteger[] {BigInteger.TEN, BigInteger.TWO, BigInteger.TWO, BigInteger.ONE}));
    }

    /** The primitive merge sort equals a boxed stable sort (the naive reference). */
    @Property(tries = 300)
    void descendingOrderEqualsABoxedStableSort(@ForAll @Size(max = 300) int[] raw,
            @ForAll @IntRange(min = 1, max = 20) int buckets) {
        double[] v = Arrays.stream(raw).mapToDouble(x -> Math.floorMod(x, buckets)).toArray();
        int[] expected = IntStream.range(0, v.length).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> v[i]).reversed()).mapToInt(Integer::intValue)
                .toArray();
        assertArrayEquals(expected, Ranks.descendingOrder(v));
    }
}
