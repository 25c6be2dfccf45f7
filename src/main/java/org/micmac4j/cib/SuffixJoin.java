package org.micmac4j.cib;

import java.util.Arrays;

import org.micmac4j.internal.parallel.Workers;

/**
 * The last descriptors of the search order solved all at once with bitsets: at a node where every
 * prefix descriptor is assigned, the Q combinations of the suffix descriptors are one bitset, and each
 * consistency condition is one precomputed bitset ANDed into it.
 *
 * <p><b>Tables.</b> For descriptor j, variant b and rival c, the suffix part of the gap is
 * D_q(j, b, c) = Σ over suffix i of (C[(i, q_i), (j, c)] − C[(i, q_i), (j, b)]). Its condition at a
 * node is D_q ≤ τ with τ = K − (θ'_j(c) − θ'_j(b)), θ' the prefix scores. For every threshold τ
 * between the smallest and the largest D_q, the bitset of the combinations q meeting it is stored
 * (built once by counting: one bit per q at its value, then a running OR over τ). For a prefix
 * descriptor j the condition applies to b = z_j and every rival; for a suffix descriptor j it applies
 * only to the combinations with q_j = b, so its bitsets also hold every q with q_j ≠ b.
 *
 * <p><b>Exact.</b> A combination survives every AND iff every descriptor's gap to every rival is at
 * most K, i.e. iff the scenario's IC ≤ K. A τ below the smallest D_q of a prefix descriptor's
 * condition empties the set: the node is cut before any AND.
 *
 * <p>Memory: one bitset of Q bits per (descriptor, variant, rival, threshold value); the caller picks
 * the suffix so that this stays small. Read-only once built: shared by the search threads.
 */
final class SuffixJoin {
    /** Descriptors, in search order, of the suffix (the first one varies slowest in q). */
    private final int[] sd;
    private final int q;
    private final int words;
    private final int nd;
    private final int[] k;
    private final int[] off;
    private final boolean[] inSuffix;
    /** start of descriptor j's pairs: pair (j, b, c) = pairOf[j] + b * k_j + c */
    private final int[] pairOf;
    /** per pair: the lowest stored threshold (for suffix descriptors one below the smallest D_q) */
    private final int[] lo;
    /** per pair: the largest D_q, from which on the condition always holds */
    private final int[] hi;
    /** per pair: its bitsets, threshold lo + s at [s * words, (s + 1) * words); null when none is needed */
    private final long[][] tables;
    /** per pair: the density of each bitset in sixteenths, to AND the most selective first */
    private final byte[][] density;
    private final int n;
    private final int[] cells;
    /**
     * The term of a combination that does not have q_j = b: below every stored threshold (the
     * table limit keeps |D| far below 2^30, so adding it cannot overflow).
     */
    private static final int IRRELEVANT = -(1 << 30);
    /** q → the variant of suffix descriptor t */
    private final int[] stride;

    /**
     * Estimated number of longs of the tables for a suffix, to choose it before building.
     *
     * @param m the matrix
     * @param suffix the suffix descriptors
     * @return an upper bound of the table size in longs
     */
    static long estimate(CibMatrix m, int[] suffix) {
        var s = m.space();
        long combos = 1;
        for (int d : suffix) {
            combos *= s.variantCount(d);
        }
        long w = (combos + 63) / 64;
        long span = 1;
        int[] c = m.cells();
        int n = m.size();
        for (int d : suffix) {
            int lo = Integer.MAX_VALUE;
            int hi = Integer.MIN_VALUE;
            for (int r = s.offset(d); r < s.offset(d) + s.variantCount(d); r++) {
                for (int col = 0; col < n; col++) {
                    lo = Math.min(lo, c[r * n + col]);
                    hi = Math.max(hi, c[r * n + col]);
                }
            }
            span += 2L * ((long) hi - lo);
        }
        long pairs = 0;
        for (int d = 0; d < s.descriptorCount(); d++) {
            pairs += (long) s.variantCount(d) * s.variantCount(d);
        }
        return pairs * (span + 1) * w;
    }

    /**
     * With constraints: the suffix combinations allowed by the unary rules and by the pairs inside
     * the suffix (null: all), and per flat variant of a prefix descriptor the combinations it does
     * not exclude (null: all). Each is one more bitset ANDed at a join.
     */
    private final long[] admitted;
    private final long[][] compatible;
    /** their densities in sixteenths, as {@link #density} */
    private final byte admittedDensity;
    private final byte[] compatibleDensity;

    SuffixJoin(CibMatrix m, int[] suffix, int threads) {
        this(m, suffix, null, threads);
    }

    SuffixJoin(CibMatrix m, int[] suffix, Feasibility feasibility, int threads) {
        var s = m.space();
        this.sd = suffix.clone();
        this.nd = s.descriptorCount();
        this.k = s.variantCounts();
        this.off = new int[nd];
        for (int d = 0; d < nd; d++) {
            off[d] = s.offset(d);
        }
        this.inSuffix = new boolean[nd];
        int combos = 1;
        this.stride = new int[sd.length];
        for (int t = sd.length - 1; t >= 0; t--) {
            inSuffix[sd[t]] = true;
            stride[t] = combos;
            combos *= k[sd[t]];
        }
        this.q = combos;
        this.words = (q + 63) >>> 6;
        this.n = m.size();
        this.cells = m.cells();
        this.pairOf = new int[nd];
        int pairs = 0;
        for (int d = 0; d < nd; d++) {
            pairOf[d] = pairs;
            pairs += k[d] * k[d];
        }
        this.lo = new int[pairs];
        this.hi = new int[pairs];
        this.tables = new long[pairs][];
        this.density = new byte[pairs][];
        for (int j = 0; j < nd; j++) {
            for (int b = 0; b < k[j]; b++) {
                for (int c = 0; c < k[j]; c++) {
                    int p = pairOf[j] + b * k[j] + c;
                    // D is a sum of independent terms, one per suffix descriptor: its extremes
                    // are the sums of the terms' extremes (j's own term fixed at b when j is in it)
                    int mn = 0;
                    int mx = 0;
                    for (int i : sd) {
                        int tl = Integer.MAX_VALUE;
                        int tu = Integer.MIN_VALUE;
                        for (int v = i == j ? b : 0; v < (i == j ? b + 1 : k[i]); v++) {
                            int dv = term(i, v, j, b, c);
                            tl = Math.min(tl, dv);
                            tu = Math.max(tu, dv);
                        }
                        mn += tl;
                        mx += tu;
                    }
                    lo[p] = inSuffix[j] ? mn - 1 : mn;
                    hi[p] = mx;
                }
            }
        }
        Workers.run(threads, nd, this::fill);
        if (feasibility == null) {
            admitted = null;
            compatible = null;
            admittedDensity = 0;
            compatibleDensity = null;
        } else {
            long[][] eq = variantBits();
            admitted = admittedCombinations(feasibility, eq);
            compatible = compatibleCombinations(feasibility, eq);
            admittedDensity = admitted == null ? 0 : density(admitted);
            compatibleDensity = new byte[n];
            for (int f = 0; f < n; f++) {
                compatibleDensity[f] = compatible[f] == null ? 0 : density(compatible[f]);
            }
        }
    }

    /**
     * Per flat variant of a suffix descriptor: the combinations that give it to its descriptor
     * (null for prefix variants). The feasibility bitsets are ANDs of their complements.
     */
    private long[][] variantBits() {
        long[][] eq = new long[n][];
        for (int t = 0; t < sd.length; t++) {
            int d = sd[t];
            for (int v = 0; v < k[d]; v++) {
                eq[off[d] + v] = new long[words];
            }
            for (int x = 0; x < q; x++) {
                eq[off[d] + x / stride[t] % k[d]][x >>> 6] |= 1L << x;
            }
        }
        return eq;
    }

    private void andNot(long[] acc, long[] bits) {
        for (int w = 0; w < words; w++) {
            acc[w] &= ~bits[w];
        }
    }

    private long[] allCombinations() {
        long[] bits = new long[words];
        Arrays.fill(bits, -1L);
        if ((q & 63) != 0) {
            bits[words - 1] = (1L << (q & 63)) - 1;
        }
        return bits;
    }

    /** The suffix combinations whose variants are allowed and exclude no other suffix variant; null when all are. */
    private long[] admittedCombinations(Feasibility f, long[][] eq) {
        long[] bits = allCombinations();
        boolean all = true;
        for (int d : sd) {
            for (int v = 0; v < k[d]; v++) {
                int flat = off[d] + v;
                if (!f.allowed(flat)) {
                    andNot(bits, eq[flat]);
                    all = false;
                }
                for (int p : f.partners(flat)) {
                    if (p > flat && eq[p] != null) { // each pair inside the suffix once
                        long[] both = eq[flat].clone();
                        for (int w = 0; w < words; w++) {
                            both[w] &= eq[p][w];
                        }
                        andNot(bits, both);
                        all = false;
                    }
                }
            }
        }
        return all ? null : bits;
    }

    /** Per flat variant of a prefix descriptor with a pair rule into the suffix: the combinations it allows. */
    private long[][] compatibleCombinations(Feasibility f, long[][] eq) {
        long[][] out = new long[n][];
        for (int j = 0; j < nd; j++) {
            if (inSuffix[j]) {
                continue;
            }
            for (int v = 0; v < k[j]; v++) {
                int flat = off[j] + v;
                for (int p : f.partners(flat)) {
                    if (eq[p] != null) {
                        if (out[flat] == null) {
                            out[flat] = allCombinations();
                        }
                        andNot(out[flat], eq[p]);
                    }
                }
            }
        }
        return out;
    }

    private byte density(long[] bits) {
        long c = 0;
        for (long b : bits) {
            c += Long.bitCount(b);
        }
        return (byte) (c * 16 / (q + 1));
    }

    private int maxVariants() {
        int mk = 1;
        for (int i : sd) {
            mk = Math.max(mk, k[i]);
        }
        return mk;
    }

    /** Suffix descriptor i at variant v: its term of D(j, b, c). */
    private int term(int i, int v, int j, int b, int c) {
        int row = (off[i] + v) * n;
        return cells[row + off[j] + c] - cells[row + off[j] + b];
    }

    /** Builds the bitsets of descriptor j's pairs: one bit per q at its value, then a running OR. */
    private void fill(int j) {
        int[] d = new int[q];
        int[] next = new int[q];
        int[] terms = new int[k[j] > 0 ? maxVariants() : 0];
        for (int b = 0; b < k[j]; b++) {
            for (int c = 0; c < k[j]; c++) {
                int p = pairOf[j] + b * k[j] + c;
                int slots = hi[p] - lo[p];
                if (b == c || slots == 0) {
                    continue;
                }
                // D over every q, the first suffix descriptor most significant; a combination with
                // q_j ≠ b (j in the suffix) gets IRRELEVANT, below every threshold: the bitset at slot 0
                int len = 1;
                d[0] = 0;
                for (int i : sd) {
                    int ki = k[i];
                    for (int v = 0; v < ki; v++) {
                        terms[v] = i == j && v != b ? IRRELEVANT : term(i, v, j, b, c);
                    }
                    for (int x = 0, y = 0; x < len; x++) {
                        int base = d[x];
                        for (int v = 0; v < ki; v++, y++) {
                            next[y] = base + terms[v];
                        }
                    }
                    len *= ki;
                    int[] sw = d;
                    d = next;
                    next = sw;
                }
                long[] t = new long[slots * words];
                int low = lo[p];
                for (int x = 0; x < q; x++) {
                    int slot = Math.max(d[x] - low, 0);
                    if (slot < slots) { // at the largest value the condition always holds: no bitset
                        t[slot * words + (x >>> 6)] |= 1L << x;
                    }
                }
                byte[] dens = new byte[slots];
                for (int sl = 0; sl < slots; sl++) {
                    int to = sl * words;
                    long bits = 0;
                    for (int w = 0; w < words; w++) {
                        if (sl > 0) {
                            t[to + w] |= t[to - words + w];
                        }
                        bits += Long.bitCount(t[to + w]);
                    }
                    dens[sl] = (byte) (bits * 16 / (q + 1));
                }
                tables[p] = t;
                density[p] = dens;
            }
        }
    }

    /**
     * The suffix combinations completing a prefix into a scenario with IC ≤ K.
     *
     * @param theta the prefix scores θ' (every prefix descriptor's row summed)
     * @param z the prefix variants (suffix entries ignored)
     * @param cap per descriptor, the largest gap kept (K)
     * @param scratch per-thread buffers
     * @return the number of nonzero words of {@code scratch.acc}, listed in {@code scratch.idx}; 0 when none survives
     */
    int join(int[] theta, int[] z, int[] cap, Scratch scratch) {
        int[] pair = scratch.pair;
        int[] slot = scratch.slot;
        int np = 0;
        for (int j = 0; j < nd; j++) {
            if (inSuffix[j]) {
                continue;
            }
            int zj = z[j];
            int own = theta[off[j] + zj];
            int p0 = pairOf[j] + zj * k[j];
            for (int c = 0; c < k[j]; c++) {
                if (c == zj) {
                    continue;
                }
                int p = p0 + c;
                int tau = cap[j] - (theta[off[j] + c] - own);
                if (tau >= hi[p]) {
                    continue;
                }
                if (tau < lo[p]) {
                    return 0;
                }
                pair[np] = p;
                slot[np++] = tau - lo[p];
            }
        }
        for (int j : sd) {
            for (int b = 0; b < k[j]; b++) {
                int p0 = pairOf[j] + b * k[j];
                for (int c = 0; c < k[j]; c++) {
                    int p = p0 + c;
                    if (c == b) {
                        continue;
                    }
                    int tau = cap[j] - (theta[off[j] + c] - theta[off[j] + b]);
                    if (tau >= hi[p]) {
                        continue;
                    }
                    pair[np] = p;
                    slot[np++] = Math.max(tau - lo[p], 0);
                }
            }
        }
        long[] acc = scratch.acc;
        int[] idx = scratch.idx;
        int w = words;
        // the constraints' bitsets, if any, join the conditions' (one slot each, at offset 0)
        long[][] extra = scratch.extra;
        byte[] extraDensity = scratch.extraDensity;
        int ne = 0;
        if (admitted != null) {
            extraDensity[ne] = admittedDensity;
            extra[ne++] = admitted;
        }
        if (compatible != null) {
            for (int j = 0; j < nd; j++) {
                long[] c;
                if (!inSuffix[j] && (c = compatible[off[j] + z[j]]) != null) {
                    extraDensity[ne] = compatibleDensity[off[j] + z[j]];
                    extra[ne++] = c;
                }
            }
        }
        int all = np + ne;
        if (all == 0) {
            Arrays.fill(acc, -1L);
            if ((q & 63) != 0) {
                acc[w - 1] = (1L << (q & 63)) - 1;
            }
            for (int x = 0; x < w; x++) {
                idx[x] = x;
            }
            return w;
        }
        // most selective first: counting sort by density
        int[] cnt = scratch.count;
        Arrays.fill(cnt, 0);
        for (int i = 0; i < np; i++) {
            cnt[density[pair[i]][slot[i]] + 1]++;
        }
        for (int i = 0; i < ne; i++) {
            cnt[extraDensity[i] + 1]++;
        }
        for (int i = 0; i < 16; i++) {
            cnt[i + 1] += cnt[i];
        }
        long[][] ref = scratch.ref;
        int[] at = scratch.at;
        for (int i = 0; i < np; i++) {
            int o = cnt[density[pair[i]][slot[i]]]++;
            ref[o] = tables[pair[i]];
            at[o] = slot[i] * w;
        }
        for (int i = 0; i < ne; i++) {
            int o = cnt[extraDensity[i]]++;
            ref[o] = extra[i];
            at[o] = 0;
        }
        // dense while most words are still nonzero, then over the nonzero words only
        System.arraycopy(ref[0], at[0], acc, 0, w);
        int dense = Math.min(all, 3);
        for (int i = 1; i < dense; i++) {
            long[] t = ref[i];
            int a = at[i];
            for (int x = 0; x < w; x++) {
                acc[x] &= t[a + x];
            }
        }
        int live = 0;
        for (int x = 0; x < w; x++) {
            long v = acc[x];
            idx[live] = x;
            live += (int) ((v | -v) >>> 63); // branch-free: keep x iff v != 0
        }
        for (int i = dense; i < all && live > 0; i++) {
            long[] t = ref[i];
            int a = at[i];
            int kept = 0;
            for (int y = 0; y < live; y++) {
                int x = idx[y];
                long v = acc[x] & t[a + x];
                acc[x] = v;
                idx[kept] = x;
                kept += (int) ((v | -v) >>> 63);
            }
            live = kept;
        }
        return live;
    }

    /** Per-thread buffers of {@link #join}. */
    final class Scratch {
        final long[][] extra = new long[nd + 1][];
        final byte[] extraDensity = new byte[nd + 1];
        final int[] pair = new int[maxConditions()];
        final int[] slot = new int[maxConditions()];
        final long[][] ref = new long[maxConditions() + nd + 1][];
        final int[] at = new int[maxConditions() + nd + 1];
        final int[] count = new int[17];
        final long[] acc = new long[words];
        final int[] idx = new int[words];
    }

    /** @return the largest number of conditions of one node */
    int maxConditions() {
        int c = 0;
        for (int j = 0; j < nd; j++) {
            c += k[j] * k[j];
        }
        return c;
    }

    /** Writes the variants of combination x into the suffix entries of z. */
    void decode(int x, int[] z) {
        for (int t = 0; t < sd.length; t++) {
            z[sd[t]] = x / stride[t] % k[sd[t]];
        }
    }
}
