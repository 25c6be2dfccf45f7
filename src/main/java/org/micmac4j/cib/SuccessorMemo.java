package org.micmac4j.cib;

import java.util.Arrays;

/**
 * Memo of the successor pass's inner blocks: for an outer descriptor j (not in the inner block),
 * its next variant in every inner combination x depends only on its own variant z_j and the
 * differences b_j(y) − b_j(0) of its outer scores (the argmax and the keep-if-maximal rule ignore a
 * constant added to every score); for an inner descriptor, whose own variant is fixed by x, on
 * those differences only. Those differences take few values, so the row of next_j(x) over the
 * block is computed once per (z_j, differences), stored one byte per combination (a quarter of the
 * memory traffic of int rows: 8 % faster on bench_50x50), and then added to the block's successor
 * ranks, times stride_j, with one vectorisable loop.
 *
 * <p>The key box of j spans the extreme differences, sums of per-descriptor extremes over the
 * outer descriptors. A descriptor whose box is too large, or with more than 256 variants, has no
 * memo ({@link #has} false; the pass then uses its {@link MoveTable}), and rows
 * that no longer fit the pool are computed without being stored. One memo per thread (rows are
 * written as they are first met); the rows depend on the matrix only, so every thread's result is the
 * same.
 */
final class SuccessorMemo {
    /**
     * Largest key box of one descriptor. On bench_50x50 the 3-variant descriptors fit; the 4-variant
     * ones would add hundreds of thousands of rows, and their move tables are faster.
     */
    private static final int MAX_KEYS = 1 << 16;
    /** Largest pool of rows, in bytes (16 MiB). */
    private static final int MAX_POOL = 1 << 24;

    private final int[] k;
    private final int[] off;
    private final int w;
    private final int[] rt;
    /** lo[j][y]: smallest b_j(y) − b_j(0) */
    private final int[][] lo;
    /** mult[j][y]: weight of difference y in the key (mult[j][0] = 1 for z_j) */
    private final int[][] mult;
    /** index[j][key]: 1 + start of its row in the pool, 0 when not yet met; null: no memo for j */
    private final int[][] index;
    private final int outer;
    private final int[][] zIn;
    /** rows of next_j(x), one byte per inner combination */
    private byte[] pool = new byte[1 << 14];
    private int used;
    private final byte[] spare;
    private final int[] moves;

    /**
     * @param kernel the succession kernel
     * @param outer descriptors 0..outer-1 are outer, the rest the inner block
     * @param rt inner scores, column-major: rt[c * w + x]
     * @param w inner block size
     * @param zIn zIn[j − outer][x]: the variant of inner descriptor j in inner combination x
     */
    SuccessorMemo(SuccessionKernel kernel, int outer, int[] rt, int w, int[][] zIn) {
        this.k = kernel.k;
        this.off = kernel.off;
        this.w = w;
        this.rt = rt;
        this.spare = new byte[w];
        this.moves = new int[w];
        int n = kernel.n;
        int[] cells = kernel.cells;
        this.outer = outer;
        this.zIn = zIn;
        int nd = k.length;
        this.lo = new int[nd][];
        this.mult = new int[nd][];
        this.index = new int[nd][];
        for (int j = 0; j < nd; j++) {
            int kj = k[j];
            int[] l = new int[kj];
            int[] m = new int[kj];
            // an outer descriptor's own variant is part of the key; an inner one's is zIn[x]
            long keys = j < outer ? kj : 1;
            m[0] = 1;
            for (int y = 1; y < kj; y++) {
                long mn = 0;
                long mx = 0;
                for (int i = 0; i < outer; i++) {
                    int a = Integer.MAX_VALUE;
                    int bb = Integer.MIN_VALUE;
                    for (int v = 0; v < k[i]; v++) {
                        int row = (off[i] + v) * n;
                        int dv = cells[row + off[j] + y] - cells[row + off[j]];
                        a = Math.min(a, dv);
                        bb = Math.max(bb, dv);
                    }
                    mn += a;
                    mx += bb;
                }
                l[y] = (int) mn;
                m[y] = (int) Math.min(keys, Integer.MAX_VALUE);
                keys *= mx - mn + 1;
                if (keys > MAX_KEYS) {
                    break;
                }
            }
            if (keys <= MAX_KEYS && kj <= 256) {
                lo[j] = l;
                mult[j] = m;
                index[j] = new int[(int) keys];
            }
        }
    }

    /** @return whether descriptor j is memoised */
    boolean has(int j) {
        return index[j] != null;
    }

    /**
     * Adds next_j(x) · st to acc[x] for every inner combination x.
     *
     * @param j a descriptor with {@link #has}
     * @param zj its variant (ignored for an inner descriptor)
     * @param b the outer scores
     * @param acc the block's successor ranks (or their high part); modified
     * @param st j's stride in acc
     */
    void add(int j, int zj, int[] b, int[] acc, int st) {
        int base = off[j];
        int kj = k[j];
        int b0 = b[base];
        int[] l = lo[j];
        int[] m = mult[j];
        int key = j < outer ? zj : 0;
        for (int y = 1; y < kj; y++) {
            key += (b[base + y] - b0 - l[y]) * m[y];
        }
        byte[] row;
        int at;
        int o = index[j][key];
        if (o != 0) {
            row = pool;
            at = o - 1;
        } else if (used + w <= MAX_POOL) {
            if (used + w > pool.length) {
                pool = Arrays.copyOf(pool, Math.min(MAX_POOL, Math.max(used + w, pool.length * 2)));
            }
            at = used;
            used += w;
            row = pool;
            fill(j, zj, b, row, at);
            index[j][key] = at + 1;
        } else {
            row = spare;
            at = 0;
            fill(j, zj, b, row, 0);
        }
        for (int x = 0; x < w; x++) {
            acc[x] += (row[at + x] & 0xFF) * st;
        }
    }

    /** into[at + x] = next_j(x) over the block. */
    private void fill(int j, int zj, int[] b, byte[] into, int at) {
        Arrays.fill(moves, 0);
        addMoves(b, rt, w, off[j], k[j], 1, zj, j < outer ? null : zIn[j - outer], moves, 0);
        for (int x = 0; x < w; x++) {
            into[at + x] = (byte) moves[x];
        }
    }

    /**
     * out[at + x] += next_j(x) · st for every inner combination x: the first variant y of maximal
     * score b[base + y] + rt[(base + y) · w + x], or j's own variant (zOf[x], or zc when zOf is
     * null) when that one is maximal.
     */
    static void addMoves(int[] b, int[] rt, int w, int base, int kj, int st, int zc, int[] zOf, int[] out, int at) {
        for (int x = 0; x < w; x++) {
            int best = 0;
            int max = b[base] + rt[base * w + x];
            for (int y = 1; y < kj; y++) {
                int t = b[base + y] + rt[(base + y) * w + x];
                if (t > max) {
                    max = t;
                    best = y;
                }
            }
            int zj = zOf == null ? zc : zOf[x];
            out[at + x] += (b[base + zj] + rt[(base + zj) * w + x] == max ? zj : best) * st;
        }
    }
}
