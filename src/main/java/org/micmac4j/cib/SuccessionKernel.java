package org.micmac4j.cib;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The global succession operator and its basin counts. One step: every descriptor j moves to a
 * variant of maximal score θ_j; it keeps its variant when that is already maximal, otherwise it
 * takes the first maximal one.
 *
 * <p><b>Exact basins.</b> Every scenario is a start, visited in rank order as an odometer (scores of
 * all descriptors but the last updated by one difference row per step, the last descriptor's row
 * added while picking). The attractor reached from each scenario is memoised in an int array over
 * the whole space (0 = unknown, otherwise attractor code; one byte per scenario while there are at
 * most 127 attractors, else four), so a start whose successor is already
 * resolved costs one step and one lookup; unresolved successors are followed with full steps and
 * every scenario on the way is memoised. Memo writes race benignly: a scenario's attractor is
 * unique, so concurrent writers write the same value.
 */
final class SuccessionKernel {
    /** Attractor codes per scenario: one byte each while there are at most 127 attractors, else an int. */
    interface Memo {
        int get(int i);

        void set(int i, int code);
    }

    static final class ByteMemo implements Memo {
        final byte[] a;

        ByteMemo(int n) {
            a = new byte[n];
        }

        @Override
        public int get(int i) {
            return a[i];
        }

        @Override
        public void set(int i, int code) {
            if (code > Byte.MAX_VALUE) {
                throw new TooManyAttractors();
            }
            a[i] = (byte) code;
        }
    }

    static final class IntMemo implements Memo {
        final int[] a;

        IntMemo(int n) {
            a = new int[n];
        }

        @Override
        public int get(int i) {
            return a[i];
        }

        @Override
        public void set(int i, int code) {
            a[i] = code;
        }
    }

    /** Raised when a byte memo cannot hold the codes; the count restarts with an int memo. */
    static final class TooManyAttractors extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooManyAttractors() {
            super(null, null, false, false);
        }
    }

    final int nd;
    final int n;
    final int[] k;
    final int[] off;
    final int[] cells;
    final long[] stride;
    final long size;

    /** attractor code (1-based) -> canonical scenario ranks; guarded by this */
    private final List<long[]> attractors = new ArrayList<>();
    private final Map<List<Long>, Integer> codes = new HashMap<>();

    SuccessionKernel(CibMatrix m) {
        var s = m.space();
        nd = s.descriptorCount();
        n = m.size();
        k = s.variantCounts();
        off = new int[nd];
        for (int d = 0; d < nd; d++) {
            off[d] = s.offset(d);
        }
        cells = m.cells();
        stride = new long[nd];
        long st = 1;
        for (int d = nd - 1; d >= 0; d--) {
            stride[d] = st;
            st = s.size().bitLength() < 63 ? st * k[d] : st;
        }
        size = s.size().bitLength() < 63 ? s.size().longValue() : -1;
    }

    /** One full step: scores recomputed from the matrix. Writes {@code next}; uses {@code theta}. */
    void step(int[] z, int[] next, int[] theta) {
        Arrays.fill(theta, 0);
        for (int d = 0; d < nd; d++) {
            int row = (off[d] + z[d]) * n;
            for (int c = 0; c < n; c++) {
                theta[c] += cells[row + c];
            }
        }
        for (int j = 0; j < nd; j++) {
            int base = off[j];
            int best = 0;
            int max = theta[base];
            for (int b = 1; b < k[j]; b++) {
                if (theta[base + b] > max) {
                    max = theta[base + b];
                    best = b;
                }
            }
            next[j] = theta[base + z[j]] == max ? z[j] : best;
        }
    }

    long rank(int[] z) {
        long r = 0;
        for (int d = 0; d < nd; d++) {
            r += z[d] * stride[d];
        }
        return r;
    }

    void decode(long rank, int[] z) {
        long r = rank;
        for (int d = nd - 1; d >= 0; d--) {
            z[d] = (int) (r % k[d]);
            r /= k[d];
        }
    }

    /** @return the code of the attractor with these scenario ranks in succession order */
    synchronized int register(long[] cycle) {
        int min = 0;
        for (int i = 1; i < cycle.length; i++) {
            if (cycle[i] < cycle[min]) {
                min = i;
            }
        }
        long[] canon = new long[cycle.length];
        List<Long> key = new ArrayList<>(cycle.length);
        for (int i = 0; i < cycle.length; i++) {
            canon[i] = cycle[(min + i) % cycle.length];
            key.add(canon[i]);
        }
        Integer c = codes.get(key);
        if (c == null) {
            attractors.add(canon);
            c = attractors.size();
            codes.put(key, c);
        }
        return c;
    }

    synchronized List<long[]> attractors() {
        return new ArrayList<>(attractors);
    }

    /** Follows the succession from {@code start} with full steps; memoises when {@code memo} is given. */
    int resolve(long start, Memo memo, int[] z, int[] next, int[] theta) {
        List<Long> path = new ArrayList<>();
        Set<Long> seen = null;
        long cur = start;
        decode(cur, z);
        int code;
        while (true) {
            path.add(cur);
            if (seen != null) {
                seen.add(cur);
            } else if (path.size() > 32) {
                seen = new HashSet<>(path);
            }
            step(z, next, theta);
            long nx = rank(next);
            if (nx == cur) {
                code = register(new long[] {cur});
                break;
            }
            if (memo != null && memo.get((int) nx) != 0) {
                code = memo.get((int) nx);
                break;
            }
            int at = seen != null ? (seen.contains(nx) ? path.indexOf(nx) : -1) : path.indexOf(nx);
            if (at >= 0) {
                long[] cycle = new long[path.size() - at];
                for (int i = at; i < path.size(); i++) {
                    cycle[i - at] = path.get(i);
                }
                code = register(cycle);
                break;
            }
            cur = nx;
            System.arraycopy(next, 0, z, 0, nd);
        }
        if (memo != null) {
            for (long p : path) {
                memo.set((int) p, code);
            }
        }
        return code;
    }

    /** Exact basin counts: counts[code] over every start; index 0 unused. */
    long[] exact(int threads) {
        try {
            return exact(threads, new ByteMemo((int) size));
        } catch (TooManyAttractors e) {
            synchronized (this) {
                attractors.clear();
                codes.clear();
            }
            return exact(threads, new IntMemo((int) size));
        }
    }

    private long[] exact(int threads, Memo memo) {
        int last = nd - 1;
        int prefix = 0;
        long tasks = 1;
        while (prefix < last && tasks < 64L * threads) {
            tasks *= k[prefix];
            prefix++;
        }
        if (nd >= 3 && prefix > nd - 3) {
            prefix = 0;
            tasks = 1;
            while (prefix < nd - 3 && tasks < 64L * threads) {
                tasks *= k[prefix];
                prefix++;
            }
        }
        int p = prefix;
        long perTask = size / tasks;
        List<long[]> parts = new ArrayList<>();
        for (int i = 0; i < tasks; i++) {
            parts.add(null);
        }
        Parallel.run(threads, (int) tasks, task -> parts.set(task,
                p <= nd - 3 ? exactBlockTask(task, p, task * perTask, memo) : exactTask(task, p, task * perTask, memo)));
        long[] total = new long[0];
        for (long[] c : parts) {
            if (c.length > total.length) {
                total = Arrays.copyOf(total, c.length);
            }
            for (int i = 0; i < c.length; i++) {
                total[i] += c[i];
            }
        }
        return total;
    }

    private long[] exactTask(int task, int prefix, long firstRank, Memo memo) {
        long[] counts = new long[16];
        int last = nd - 1;
        int[] z = new int[nd];
        int[] nz = new int[nd];
        int[] zz = new int[nd];
        int[] theta = new int[n];
        int r0 = task;
        for (int d = prefix - 1; d >= 0; d--) {
            z[d] = r0 % k[d];
            r0 /= k[d];
        }
        int[] b = new int[n];
        for (int d = 0; d < last; d++) {
            int row = (off[d] + z[d]) * n;
            for (int c = 0; c < n; c++) {
                b[c] += cells[row + c];
            }
        }
        int offLast = off[last];
        int kLast = k[last];
        int[] istride = new int[nd];
        for (int d = 0; d < nd; d++) {
            istride[d] = (int) stride[d];
        }
        int rank = (int) firstRank;
        while (true) {
            // successor rank of all but the last descriptor does not depend on z[last] only through
            // the last row, so it is computed per last variant
            for (int v = 0; v < kLast; v++, rank++) {
                int rowL = (offLast + v) * n;
                int s = 0;
                for (int j = 0; j < nd; j++) {
                    int base = off[j];
                    int zj = j == last ? v : z[j];
                    int best = 0;
                    int max = b[base] + cells[rowL + base];
                    for (int x = 1; x < k[j]; x++) {
                        int t = b[base + x] + cells[rowL + base + x];
                        if (t > max) {
                            max = t;
                            best = x;
                        }
                    }
                    s += (b[base + zj] + cells[rowL + base + zj] == max ? zj : best) * istride[j];
                }
                int code = memo.get(rank);
                if (code == 0) {
                    if (s == rank) {
                        code = register(new long[] {rank});
                    } else {
                        code = memo.get(s);
                        if (code == 0) {
                            code = resolve(s, memo, zz, nz, theta);
                        }
                    }
                    memo.set(rank, code);
                }
                if (code >= counts.length) {
                    counts = Arrays.copyOf(counts, Math.max(code + 1, counts.length * 2));
                }
                counts[code]++;
            }
            int d = last - 1;
            while (d >= prefix) {
                int from = (off[d] + z[d]) * n;
                z[d]++;
                if (z[d] == k[d]) {
                    z[d] = 0;
                }
                int to = (off[d] + z[d]) * n;
                for (int c = 0; c < n; c++) {
                    b[c] += cells[to + c] - cells[from + c];
                }
                if (z[d] != 0) {
                    break;
                }
                d--;
            }
            if (d < prefix) {
                return counts;
            }
        }
    }

    /**
     * The exact count with the last two descriptors as an inner block of W = k1·k2 combinations.
     * For each state of the other descriptors, a descriptor whose best variant wins even against the
     * most favourable inner combination for every rival (lower bound of its score above the upper
     * bounds of all others) moves to that variant for every inner combination, so its part of the
     * successor rank is computed once per W scenarios; only the other descriptors are evaluated per
     * scenario.
     */
    private long[] exactBlockTask(int task, int prefix, long firstRank, Memo memo) {
        long[] counts = new long[16];
        int l1 = nd - 2;
        int l2 = nd - 1;
        int w = k[l1] * k[l2];
        int[] r = new int[w * n];
        for (int u = 0; u < k[l1]; u++) {
            for (int v = 0; v < k[l2]; v++) {
                int row1 = (off[l1] + u) * n;
                int row2 = (off[l2] + v) * n;
                int x = (u * k[l2] + v) * n;
                for (int c = 0; c < n; c++) {
                    r[x + c] = cells[row1 + c] + cells[row2 + c];
                }
            }
        }
        int[] rmin = new int[n];
        int[] rmax = new int[n];
        for (int c = 0; c < n; c++) {
            int lo = Integer.MAX_VALUE;
            int hi = Integer.MIN_VALUE;
            for (int x = 0; x < w; x++) {
                lo = Math.min(lo, r[x * n + c]);
                hi = Math.max(hi, r[x * n + c]);
            }
            rmin[c] = lo;
            rmax[c] = hi;
        }
        int[] istride = new int[nd];
        for (int d = 0; d < nd; d++) {
            istride[d] = (int) stride[d];
        }
        int[] z = new int[nd];
        int[] nz = new int[nd];
        int[] zz = new int[nd];
        int[] theta = new int[n];
        int[] undecided = new int[nd];
        int t0 = task;
        for (int d = prefix - 1; d >= 0; d--) {
            z[d] = t0 % k[d];
            t0 /= k[d];
        }
        int[] b = new int[n];
        for (int d = 0; d < l1; d++) {
            int row = (off[d] + z[d]) * n;
            for (int c = 0; c < n; c++) {
                b[c] += cells[row + c];
            }
        }
        int rank = (int) firstRank;
        while (true) {
            int constant = 0;
            int nu = 0;
            for (int j = 0; j < nd; j++) {
                int base = off[j];
                int best = 0;
                int bestLo = b[base] + rmin[base];
                for (int x = 1; x < k[j]; x++) {
                    int lo = b[base + x] + rmin[base + x];
                    if (lo > bestLo) {
                        bestLo = lo;
                        best = x;
                    }
                }
                boolean decided = true;
                for (int x = 0; x < k[j]; x++) {
                    if (x != best && b[base + x] + rmax[base + x] >= bestLo) {
                        decided = false;
                        break;
                    }
                }
                if (decided) {
                    constant += best * istride[j];
                } else {
                    undecided[nu++] = j;
                }
            }
            for (int u = 0; u < k[l1]; u++) {
                z[l1] = u;
                for (int v = 0; v < k[l2]; v++, rank++) {
                    z[l2] = v;
                    int code = memo.get(rank);
                    if (code == 0) {
                        int rowW = (u * k[l2] + v) * n;
                        int s = constant;
                        for (int q = 0; q < nu; q++) {
                            int j = undecided[q];
                            int base = off[j];
                            int zj = z[j];
                            int best = 0;
                            int max = b[base] + r[rowW + base];
                            for (int x = 1; x < k[j]; x++) {
                                int t = b[base + x] + r[rowW + base + x];
                                if (t > max) {
                                    max = t;
                                    best = x;
                                }
                            }
                            s += (b[base + zj] + r[rowW + base + zj] == max ? zj : best) * istride[j];
                        }
                        if (s == rank) {
                            code = register(new long[] {rank});
                        } else {
                            code = memo.get(s);
                            if (code == 0) {
                                code = resolve(s, memo, zz, nz, theta);
                            }
                        }
                        memo.set(rank, code);
                    }
                    if (code >= counts.length) {
                        counts = Arrays.copyOf(counts, Math.max(code + 1, counts.length * 2));
                    }
                    counts[code]++;
                }
            }
            int d = l1 - 1;
            while (d >= prefix) {
                int from = (off[d] + z[d]) * n;
                z[d]++;
                if (z[d] == k[d]) {
                    z[d] = 0;
                }
                int to = (off[d] + z[d]) * n;
                for (int c = 0; c < n; c++) {
                    b[c] += cells[to + c] - cells[from + c];
                }
                if (z[d] != 0) {
                    break;
                }
                d--;
            }
            if (d < prefix) {
                return counts;
            }
        }
    }

    /**
     * Sampled basin counts over {@code samples} uniform random starts. Starts are drawn per chunk
     * from generators split off one seeded generator in chunk order, so the counts depend on the
     * seed only, not on the number of threads.
     */
    List<Map.Entry<List<int[]>, Long>> sampled(long samples, long seed, int threads) {
        int chunks = (int) Math.min(samples, 256);
        SplittableRandom root = new SplittableRandom(seed);
        SplittableRandom[] rnd = new SplittableRandom[chunks];
        for (int i = 0; i < chunks; i++) {
            rnd[i] = root.split();
        }
        List<Map<String, Object[]>> parts = new ArrayList<>();
        for (int i = 0; i < chunks; i++) {
            parts.add(null);
        }
        Parallel.run(threads, chunks, c -> {
            long lo = samples * c / chunks;
            long hi = samples * (c + 1) / chunks;
            Map<String, Object[]> counts = new HashMap<>();
            int[] z = new int[nd];
            int[] next = new int[nd];
            int[] theta = new int[n];
            for (long i = lo; i < hi; i++) {
                for (int d = 0; d < nd; d++) {
                    z[d] = rnd[c].nextInt(k[d]);
                }
                List<int[]> att = attractorOf(z, next, theta);
                String key = key(att);
                Object[] e = counts.computeIfAbsent(key, x -> new Object[] {att, new long[1]});
                ((long[]) e[1])[0]++;
            }
            parts.set(c, counts);
        });
        Map<String, Object[]> all = new HashMap<>();
        for (Map<String, Object[]> p : parts) {
            p.forEach((key, e) -> {
                Object[] t = all.computeIfAbsent(key, x -> new Object[] {e[0], new long[1]});
                ((long[]) t[1])[0] += ((long[]) e[1])[0];
            });
        }
        List<Map.Entry<List<int[]>, Long>> out = new ArrayList<>();
        all.values().forEach(e -> {
            @SuppressWarnings("unchecked")
            List<int[]> att = (List<int[]>) e[0];
            out.add(Map.entry(att, ((long[]) e[1])[0]));
        });
        return out;
    }

    private static String key(List<int[]> att) {
        StringBuilder b = new StringBuilder();
        for (int[] s : att) {
            b.append(Arrays.toString(s));
        }
        return b.toString();
    }

    /**
     * Follows the succession from {@code start} (not modified) with full steps.
     *
     * @return the path (start first) followed by a separator-free attractor: see {@link #trajectory}
     */
    List<int[]> attractorOf(int[] start, int[] next, int[] theta) {
        List<int[]> path = new ArrayList<>();
        int at = trajectory(start, path, next, theta);
        return canonical(path.subList(at, path.size()));
    }

    /** Appends the visited scenarios to {@code path}; returns the index where the attractor starts. */
    int trajectory(int[] start, List<int[]> path, int[] next, int[] theta) {
        Map<String, Integer> seen = new HashMap<>();
        int[] cur = start.clone();
        while (true) {
            String key = Arrays.toString(cur);
            Integer before = seen.get(key);
            if (before != null) {
                return before;
            }
            seen.put(key, path.size());
            path.add(cur);
            step(cur, next, theta);
            cur = next.clone();
        }
    }

    static List<int[]> canonical(List<int[]> cycle) {
        int min = 0;
        for (int i = 1; i < cycle.size(); i++) {
            if (Arrays.compare(cycle.get(i), cycle.get(min)) < 0) {
                min = i;
            }
        }
        List<int[]> out = new ArrayList<>(cycle.size());
        for (int i = 0; i < cycle.size(); i++) {
            out.add(cycle.get((min + i) % cycle.size()));
        }
        return out;
    }
}
