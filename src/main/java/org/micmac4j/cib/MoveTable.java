package org.micmac4j.cib;

/**
 * The moves of one descriptor j in the successor pass, as a table over its score differences.
 * The succession rule needs only which variants have the maximal score: with
 * Δ_y = θ_j(y) − θ_j(0) (Δ_0 = 0), that is the set M(Δ) = {y : Δ_y = max(0, Δ_1, …)}, and j moves
 * to its own variant z_j when that is in M, otherwise to the smallest y in M. Over an inner block
 * ({@link InnerBlock}), Δ_y = D_y + E_y(x): D from the outer descriptors, E from inner combination
 * x. The table index is linear in (z_j, Δ), so it splits the same way, key = K(D) + k(x) (z_j goes
 * to K for an outer descriptor, to k for an inner one), k(x) is computed once per pass, and one
 * scenario costs one byte lookup per descriptor, whatever its number of variants.
 *
 * <p>The table spans the box of every reachable Δ: per y, the sum of the per-descriptor extremes
 * of the outer part plus the extremes of the inner part, times the k_j own variants. {@link #of}
 * builds it only for at most 8 variants and {@link #MAX_ENTRIES} bytes. Read-only once built, so
 * one table serves every thread.
 */
final class MoveTable {
    /** Largest table of one descriptor, in bytes (4 MiB). */
    static final int MAX_ENTRIES = 1 << 22;
    /** Largest size of all the tables of one pass, in bytes (32 MiB). */
    static final long MAX_TOTAL = 1L << 25;

    private final int base;
    private final int kj;
    /** next[key]: the variant j moves to */
    private final byte[] next;
    /** mult[y]: weight of Δ_y in the key (mult[0] unused) */
    private final int[] mult;
    /** the key of the smallest reachable outer differences, subtracted in {@link #outerKey} */
    private final int outerLow;
    /** what one step of j's own variant adds to the key */
    private final int ownStep;
    /** k(x): the inner combination's part of the key */
    private final int[] innerKey;

    private MoveTable(int base, int kj, byte[] next, int[] mult, int outerLow, int ownStep, int[] innerKey) {
        this.base = base;
        this.kj = kj;
        this.next = next;
        this.mult = mult;
        this.outerLow = outerLow;
        this.ownStep = ownStep;
        this.innerKey = innerKey;
    }

    /**
     * The tables of every descriptor but the skipped ones, null where {@link #of} gives none or
     * once they would take more than {@link #MAX_TOTAL} bytes in all.
     *
     * @param kernel the succession kernel
     * @param block the inner block
     * @param skip the descriptors that need no table
     * @return one table (or null) per descriptor
     */
    static MoveTable[] all(SuccessionKernel kernel, InnerBlock block, java.util.function.IntPredicate skip) {
        MoveTable[] tables = new MoveTable[kernel.nd];
        long total = 0;
        for (int j = 0; j < kernel.nd; j++) {
            MoveTable t = skip.test(j) ? null : of(kernel, j, block);
            if (t != null && total + t.next.length <= MAX_TOTAL) {
                tables[j] = t;
                total += t.next.length;
            }
        }
        return tables;
    }

    /**
     * @param kernel the succession kernel (matrix and layout)
     * @param j the descriptor
     * @param block the inner block
     * @return the table, or null when j has more than 8 variants or the table would exceed
     *         {@link #MAX_ENTRIES} bytes
     */
    static MoveTable of(SuccessionKernel kernel, int j, InnerBlock block) {
        int kj = kernel.k[j];
        if (kj > 8) {
            return null;
        }
        int base = kernel.off[j];
        int w = block.w;
        int[] scores = block.scores;
        int[] low = new int[kj];
        int[] lowInner = new int[kj];
        int[] span = new int[kj];
        long box = 1;
        for (int y = 1; y < kj; y++) {
            long lo = 0;
            long hi = 0;
            for (int i = 0; i < block.outer; i++) {
                int a = Integer.MAX_VALUE;
                int c = Integer.MIN_VALUE;
                for (int v = 0; v < kernel.k[i]; v++) {
                    int row = (kernel.off[i] + v) * kernel.n;
                    int d = kernel.cells[row + base + y] - kernel.cells[row + base];
                    a = Math.min(a, d);
                    c = Math.max(c, d);
                }
                lo += a;
                hi += c;
            }
            int a = Integer.MAX_VALUE;
            int c = Integer.MIN_VALUE;
            for (int x = 0; x < w; x++) {
                int d = scores[(base + y) * w + x] - scores[base * w + x];
                a = Math.min(a, d);
                c = Math.max(c, d);
            }
            lowInner[y] = a;
            low[y] = (int) lo + a;
            span[y] = (int) Math.min(Integer.MAX_VALUE, hi - lo + c - a + 1);
            box *= span[y];
            if (box * kj > MAX_ENTRIES) {
                return null;
            }
        }
        int[] mult = new int[kj];
        int m = 1;
        int outerLow = 0;
        for (int y = 1; y < kj; y++) {
            mult[y] = m;
            outerLow += (low[y] - lowInner[y]) * m;
            m *= span[y];
        }
        int ownStep = m;
        boolean inner = j >= block.outer;
        int[] innerKey = new int[w];
        for (int x = 0; x < w; x++) {
            int key = inner ? block.variants[j - block.outer][x] * ownStep : 0;
            for (int y = 1; y < kj; y++) {
                key += (scores[(base + y) * w + x] - scores[base * w + x] - lowInner[y]) * mult[y];
            }
            innerKey[x] = key;
        }
        return new MoveTable(base, kj, moves((int) box, kj, span, low), mult, outerLow, ownStep, innerKey);
    }

    /**
     * next[z·box + key] for every own variant z and every key of the box, keys in mixed radix
     * span[1..] (Δ_1 fastest), Δ_y = low[y] + digit y.
     */
    private static byte[] moves(int box, int kj, int[] span, int[] low) {
        byte[] next = new byte[kj * box];
        int[] digit = new int[kj];
        for (int key = 0; key < box; key++) {
            int max = 0;
            for (int y = 1; y < kj; y++) {
                max = Math.max(max, low[y] + digit[y]);
            }
            int first = -1;
            int maximal = 0;
            for (int y = 0; y < kj; y++) {
                if ((y == 0 ? 0 : low[y] + digit[y]) == max) {
                    maximal |= 1 << y;
                    first = first < 0 ? y : first;
                }
            }
            for (int z = 0; z < kj; z++) {
                next[z * box + key] = (byte) ((maximal >>> z & 1) != 0 ? z : first);
            }
            for (int y = 1; y < kj; y++) {
                if (++digit[y] < span[y]) {
                    break;
                }
                digit[y] = 0;
            }
        }
        return next;
    }

    /**
     * K(D): the outer part of the key.
     *
     * @param b the outer part of the scores (θ without the inner block); not modified
     * @param zj the variant of j when j is outer; ignored (pass 0) when j is inner
     */
    int outerKey(int[] b, int zj) {
        // the terms may wrap around in int, the sum may not: it is a key of the box (< MAX_ENTRIES),
        // and int arithmetic is exact modulo 2^32, so the wrapped terms still add up to it
        int b0 = b[base];
        int key = zj * ownStep - outerLow;
        for (int y = 1; y < kj; y++) {
            key += (b[base + y] - b0) * mult[y];
        }
        return key;
    }

    /**
     * out[x] += next_j(x) · st for every inner combination x.
     *
     * @param key {@link #outerKey}
     * @param st the successor rank stride of j
     * @param out the block's successor ranks, one per inner combination; modified
     */
    void addMoves(int key, int st, int[] out) {
        for (int x = 0; x < out.length; x++) {
            out[x] += next[key + innerKey[x]] * st;
        }
    }
}
