package org.micmac4j.cib;

import java.util.function.LongUnaryOperator;

/**
 * One step of the global rule from a scenario's rank to its successor's rank, with the impact
 * scores packed several to a {@code long} (SIMD within a register). A walk of the streamed basins
 * starts from a scenario out of order, so its scores are summed over every descriptor's row:
 * nd · n additions of ints, which the JIT leaves scalar for rows as short as ours (on
 * bench_50x50 a full step took ~340 ns, ~250 of them in the sums). Here each row is stored as
 * lanes of L = 8 or 16 bits, cell − min in each lane, so a sum of nd rows is nd · ⌈n / (64 / L)⌉
 * additions of longs.
 *
 * <p><b>Exact.</b> Every lane holds θ_c − nd · min (the same offset for every column c), between 0
 * and nd · (max − min) &lt; 2^L, so no lane carries into the next, and the comparisons that the
 * rule makes (which variants have the maximal score, the current one among them or not) are those
 * of the unpacked scores. Built only when nd · (max − min) fits 16 bits ({@link #of} gives null
 * otherwise); the tests compare every step with {@link SuccessionKernel#step}.
 */
final class PackedStep {
    private final SuccessionKernel kernel;
    private final int words;
    /** rows[(off[d] + v) · words + w]: word w of variant v of descriptor d's row, lanes biased by −min */
    private final long[] rows;
    /** column c is lane c mod 2^laneBits of word c >>> laneBits, at bit (c mod 2^laneBits) << bitsLog */
    private final int laneBits;
    private final int bitsLog;
    private final long mask;

    private PackedStep(SuccessionKernel kernel, int bitsLog) {
        this.kernel = kernel;
        this.bitsLog = bitsLog;
        int n = kernel.n;
        laneBits = 6 - bitsLog; // 64 / 2^bitsLog lanes
        words = (n + (1 << laneBits) - 1) >>> laneBits;
        mask = (1L << (1 << bitsLog)) - 1;
        int min = min(kernel.cells);
        rows = new long[n * words];
        for (int row = 0; row < n; row++) {
            for (int c = 0; c < n; c++) {
                rows[row * words + (c >>> laneBits)] |= (long) (kernel.cells[row * n + c] - min) << shiftOf(c);
            }
        }
    }

    /**
     * @param kernel a succession kernel
     * @return its packed step, or null when the rule is not global or the sums need more than 16 bits
     */
    static PackedStep of(SuccessionKernel kernel) {
        if (kernel.rule != SuccessionRule.GLOBAL) {
            return null;
        }
        long range = (long) max(kernel.cells) - min(kernel.cells);
        long top = range * kernel.nd;
        if (top < 1L << 8) {
            return new PackedStep(kernel, 3);
        }
        return top < 1L << 16 ? new PackedStep(kernel, 4) : null;
    }

    /** @return a step from rank to the successor's rank, with buffers of its own (one per thread) */
    LongUnaryOperator stepper() {
        int nd = kernel.nd;
        int[] z = new int[nd];
        long[] acc = new long[words];
        return rank -> next(rank, z, acc);
    }

    private long next(long rank, int[] z, long[] acc) {
        int nd = kernel.nd;
        int[] off = kernel.off;
        int[] k = kernel.k;
        long[] stride = kernel.stride;
        kernel.decode(rank, z);
        int r0 = (off[0] + z[0]) * words;
        System.arraycopy(rows, r0, acc, 0, words);
        for (int d = 1; d < nd; d++) {
            int r = (off[d] + z[d]) * words;
            for (int w = 0; w < words; w++) {
                acc[w] += rows[r + w];
            }
        }
        long next = 0;
        for (int j = 0; j < nd; j++) {
            int base = off[j];
            int best = 0;
            long max = lane(acc, base);
            for (int y = 1; y < k[j]; y++) {
                long t = lane(acc, base + y);
                if (t > max) {
                    max = t;
                    best = y;
                }
            }
            int v = lane(acc, base + z[j]) == max ? z[j] : best;
            next += v * stride[j];
        }
        return next;
    }

    private long lane(long[] acc, int c) {
        return acc[c >>> laneBits] >>> shiftOf(c) & mask;
    }

    private int shiftOf(int c) {
        return (c & (1 << laneBits) - 1) << bitsLog;
    }

    private static int min(int[] a) {
        int m = Integer.MAX_VALUE;
        for (int x : a) {
            m = Math.min(m, x);
        }
        return m;
    }

    private static int max(int[] a) {
        int m = Integer.MIN_VALUE;
        for (int x : a) {
            m = Math.max(m, x);
        }
        return m;
    }
}
