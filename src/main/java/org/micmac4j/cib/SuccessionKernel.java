package org.micmac4j.cib;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongUnaryOperator;

import org.micmac4j.Draws;
import org.micmac4j.internal.parallel.Workers;
import org.micmac4j.internal.random.DrawRunner;

/**
 * The succession operator of one {@link SuccessionRule} and its basin counts. The tie rule of every
 * rule: a descriptor j's best variant under a scenario is its current variant when that has a
 * maximal score θ_j, otherwise the first maximal one. {@link SuccessionRule#GLOBAL}: every
 * descriptor moves to its best variant under the same scenario; {@link SuccessionRule#SEQUENTIAL}:
 * descriptors in order, each judged under the scenario as already changed by the step;
 * {@link SuccessionRule#ADJACENT}: every descriptor moves one variant toward its best.
 *
 * <p><b>Exact basins.</b> Two passes over an int array of one entry per scenario (4 bytes each).
 * First the successor rank of every scenario ({@link SuccessorPass}, in parallel over rank ranges
 * with disjoint writes). Then every scenario is resolved to its attractor over the successor
 * array, overwritten in place with minus the attractor code, in parallel (see {@link #basins}): a
 * walk ends at a resolved scenario or closes a new cycle, and the codes are counted per chunk.
 * Exact: every scenario's successor is computed with the same rule as {@link #step}, and every
 * scenario is counted once, in the basin its successor chain reaches. The blocked first pass
 * applies to the global rule; the other rules' successors are full steps, in parallel.
 */
final class SuccessionKernel implements StepRule {
    final int nd;
    final int n;
    final int[] k;
    final int[] off;
    final int[] cells;
    final long[] stride;
    final long size;
    final SuccessionRule rule;
    /** per descriptor: m and the shift of an exact division of an int by k[d] as (n · m) >>> shift */
    private final long[] divMul;
    private final int[] divShift;

    /** attractor code (1-based) -> canonical scenario ranks; guarded by this */
    private final List<long[]> attractors = new ArrayList<>();
    private final Map<List<Long>, Integer> codes = new HashMap<>();

    /** The global rule's kernel. */
    SuccessionKernel(CibMatrix m) {
        this(m, SuccessionRule.GLOBAL);
    }

    SuccessionKernel(CibMatrix m, SuccessionRule rule) {
        this.rule = rule;
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
        divMul = new long[nd];
        divShift = new int[nd];
        for (int d = 0; d < nd; d++) {
            // Granlund and Montgomery (1994): with 2^l >= k, m = ceil(2^(31 + l) / k) divides every
            // 0 <= n < 2^31 exactly, and n · m < 2^63
            int l = 32 - Integer.numberOfLeadingZeros(Math.max(1, k[d] - 1));
            divShift[d] = 31 + l;
            divMul[d] = ((1L << divShift[d]) + k[d] - 1) / k[d];
        }
    }

    @Override
    public String name() {
        return rule.id();
    }

    @Override
    public int descriptors() {
        return nd;
    }

    @Override
    public int[] newScratch() {
        return new int[n];
    }

    /** For the global rule with small enough judgements: the {@link PackedStep} (same steps, faster). */
    @Override
    public LongUnaryOperator stepper() {
        PackedStep p = PackedStep.of(this);
        return p == null ? StepRule.super.stepper() : p.stepper();
    }

    @Override
    public SuccessorPass firstSteps() {
        if (rule != SuccessionRule.GLOBAL) {
            return null; // the blocked pass computes global steps only
        }
        SuccessorPass p = new SuccessorPass(this);
        return p.blocked() ? p : null;
    }

    /** One full step: scores recomputed from the matrix. Writes {@code next}; uses {@code theta}. */
    @Override
    public void step(int[] z, int[] next, int[] theta) {
        scores(z, theta);
        move(z, theta, next);
    }

    /**
     * The step from z given its scores: writes {@code next}. The sequential rule changes theta as
     * descriptors move (the scores of the descriptors after the one moved, those still to be
     * judged); the others leave it unchanged.
     */
    private void move(int[] z, int[] theta, int[] next) {
        switch (rule) {
            case GLOBAL -> {
                for (int j = 0; j < nd; j++) {
                    next[j] = best(theta, j, z[j]);
                }
            }
            case ADJACENT -> {
                for (int j = 0; j < nd; j++) {
                    next[j] = z[j] + Integer.signum(best(theta, j, z[j]) - z[j]);
                }
            }
            case SEQUENTIAL -> {
                System.arraycopy(z, 0, next, 0, nd);
                for (int j = 0; j < nd; j++) {
                    int b = best(theta, j, next[j]);
                    if (b != next[j]) { // the later descriptors are judged under the changed scenario
                        swapRow(theta, j, next[j], b, j + 1 < nd ? off[j + 1] : n);
                        next[j] = b;
                    }
                }
            }
        }
    }

    /**
     * theta[c] += row (d, to) − row (d, from) for columns c ≥ first: descriptor d moved from one
     * variant to another.
     */
    private void swapRow(int[] theta, int d, int from, int to, int first) {
        int a = (off[d] + from) * n;
        int b = (off[d] + to) * n;
        for (int c = first; c < n; c++) {
            theta[c] += cells[b + c] - cells[a + c];
        }
    }

    /** θ of every variant under z, into theta[0..n). */
    private void scores(int[] z, int[] theta) {
        Arrays.fill(theta, 0, n, 0);
        for (int d = 0; d < nd; d++) {
            int row = (off[d] + z[d]) * n;
            for (int c = 0; c < n; c++) {
                theta[c] += cells[row + c];
            }
        }
    }

    /** @return descriptor j's best variant: its current one when maximal, else the first maximal one */
    private int best(int[] theta, int j, int current) {
        int base = off[j];
        int best = 0;
        int max = theta[base];
        for (int b = 1; b < k[j]; b++) {
            if (theta[base + b] > max) {
                max = theta[base + b];
                best = b;
            }
        }
        return theta[base + current] == max ? current : best;
    }

    @Override
    public long rank(int[] z) {
        long r = 0;
        for (int d = 0; d < nd; d++) {
            r += z[d] * stride[d];
        }
        return r;
    }

    @Override
    public void decode(long rank, int[] z) {
        long r = rank;
        int d = nd - 1;
        for (; d >= 0 && r > Integer.MAX_VALUE; d--) {
            z[d] = (int) (r % k[d]);
            r /= k[d];
        }
        // the rest by multiplications: a division costs ten times more, and the walks of the
        // streamed basins decode every scenario they start from
        int ri = (int) r;
        for (; d >= 0; d--) {
            int q = (int) (ri * divMul[d] >>> divShift[d]);
            z[d] = ri - q * k[d];
            ri = q;
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

    /** Exact basin counts: counts[code] over every start; index 0 unused. */
    long[] exact(int threads) {
        int[] succ = successors(threads);
        return basins(succ, threads);
    }

    /**
     * The successor rank of every scenario: the blocked {@link SuccessorPass} for the global rule;
     * for the others, in parallel over rank chunks (disjoint writes), the scores kept along an
     * odometer over the chunk's ranks (one row difference per descriptor that turns), so a
     * scenario costs about two rows instead of one per descriptor.
     */
    int[] successors(int threads) {
        if (rule == SuccessionRule.GLOBAL) {
            return new SuccessorPass(this).run(threads);
        }
        int len = Math.toIntExact(size);
        int[] succ = new int[len];
        int chunks = (int) Math.min(len, 64L * Math.max(1, threads));
        Workers.run(threads, chunks, c -> {
            int from = (int) ((long) len * c / chunks);
            int to = (int) ((long) len * (c + 1) / chunks);
            Successors s = successors();
            long[] out = new long[Math.min(to - from, 4096)];
            for (int r = from; r < to; r += out.length) {
                int count = Math.min(out.length, to - r);
                s.of(r, count, out);
                for (int i = 0; i < count; i++) {
                    succ[r + i] = (int) out[i];
                }
            }
        });
        return succ;
    }

    /**
     * Successor ranks of consecutive scenarios, the scores kept along an odometer over the ranks
     * (one row difference per descriptor that turns), so a scenario costs about two rows of
     * scores instead of one per descriptor: for the sequential and adjacent rules, in memory and
     * streamed (the global rule has the blocked {@link SuccessorPass}).
     */
    @Override
    public Successors successors() {
        int[] z = new int[nd];
        int[] next = new int[nd];
        int[] theta = new int[n];
        int[] work = rule == SuccessionRule.SEQUENTIAL ? new int[n] : theta; // the sequential move writes
        return (first, count, out) -> {
            if (count == 0) {
                return;
            }
            decode(first, z);
            scores(z, theta);
            for (int i = 0; ; ) {
                if (work != theta) {
                    System.arraycopy(theta, 0, work, 0, n);
                }
                move(z, work, next);
                out[i] = rank(next);
                if (++i == count) {
                    break;
                }
                for (int d = nd - 1; ; d--) { // the next rank: the last descriptor turns first
                    int v = z[d] + 1 == k[d] ? 0 : z[d] + 1;
                    swapRow(theta, d, z[d], v, 0);
                    z[d] = v;
                    if (v != 0) {
                        break;
                    }
                }
            }
        };
    }

    /**
     * Resolves every scenario to its attractor over the successor array, overwriting it in place
     * with minus the attractor code, and counts the codes.
     *
     * <p>In parallel over rank chunks: a walk from an unresolved scenario follows successors until
     * a resolved one (its code) or a cycle, found by Brent's method (no marks written, so walks of
     * different threads never see each other's half-done state), then writes −code on every scenario
     * it walked. Threads may walk or write the same scenario: every write is that scenario's final
     * value (an attractor's code is unique, {@link #register}), and an int is read and written
     * whole, so a racing reader sees either the successor or the final code, both correct. Each
     * scenario is counted once, by the chunk that owns its rank, right after that chunk is
     * resolved (while it is still in cache), so the result does not depend on the threads.
     *
     * @param succ successor ranks; modified (ends holding −code per scenario)
     * @param threads worker threads
     * @return counts[code]; index 0 unused
     */
    long[] basins(int[] succ, int threads) {
        int len = succ.length;
        int chunks = (int) Math.min(len, 256L * Math.max(1, threads));
        long[][] parts = new long[chunks][];
        Workers.run(threads, chunks, c -> parts[c] = resolve(succ, (int) ((long) len * c / chunks),
                (int) ((long) len * (c + 1) / chunks)));
        long[] counts = new long[1];
        for (long[] p : parts) {
            if (p.length > counts.length) {
                counts = Arrays.copyOf(counts, p.length);
            }
            for (int i = 0; i < p.length; i++) {
                counts[i] += p[i];
            }
        }
        return counts;
    }

    /**
     * Resolves the scenarios of ranks [from, to) and every scenario their walks pass.
     *
     * @return counts[code] over the scenarios of ranks [from, to) only: each is counted by the one
     *         chunk that owns it, whoever resolved it (once resolved, its value never changes)
     */
    private long[] resolve(int[] succ, int from, int to) {
        int[][] path = {new int[64]};
        for (int i = from; i < to; i++) {
            int first = succ[i];
            if (first < 0) {
                continue;
            }
            int then = succ[first];
            if (then < 0) { // the common case, kept short: the successor is resolved
                succ[i] = then;
            } else {
                walk(succ, i, path);
            }
        }
        // counted apart, once every scenario of the chunk holds its final value: inside the loop
        // above, the increments would chain every iteration to the previous one's cache miss
        long[] counts = new long[16];
        for (int i = from; i < to; i++) {
            int code = -succ[i];
            if (code >= counts.length) {
                counts = Arrays.copyOf(counts, Math.max(code + 1, counts.length * 2));
            }
            counts[code]++;
        }
        return counts;
    }

    /**
     * Walks from unresolved scenario i to a resolved scenario or a new cycle and writes −code on
     * every scenario of the walk.
     *
     * @param scratch scratch[0] holds the walk; replaced by a longer array when a walk needs it
     * @return the attractor code
     */
    private int walk(int[] succ, int i, int[][] scratch) {
        int[] path = scratch[0];
        int len = 0;
        int cur = i;
        int code;
        // Brent: the tortoise jumps to the walker at powers of two; meeting it again closes a
        // cycle of exactly lam steps, the last lam scenarios of the path
        int tortoise = i;
        int power = 1;
        int lam = 0;
        while (true) {
            int v = succ[cur];
            if (v < 0) {
                code = -v;
                break;
            }
            if (len == path.length) {
                path = Arrays.copyOf(path, len * 2);
                scratch[0] = path;
            }
            path[len++] = cur;
            lam++;
            if (v == tortoise) {
                long[] cycle = new long[lam];
                for (int q = 0; q < lam; q++) {
                    cycle[q] = path[len - lam + q];
                }
                code = register(cycle);
                break;
            }
            if (lam == power) {
                tortoise = v;
                power <<= 1;
                lam = 0;
            }
            cur = v;
        }
        for (int q = 0; q < len; q++) {
            succ[path[q]] = -code;
        }
        return code;
    }

    /**
     * Sampled basin counts over {@code draws.count()} uniform random starts: start d takes, for
     * each descriptor j in order, variant {@code nextInt(k_j)} of {@code draws.stream(d)}. The
     * counts depend on the seed only, not on the threads or on how the starts are cut.
     */
    List<Map.Entry<List<int[]>, Long>> sampled(Draws draws) {
        final class Part {
            final Map<String, Object[]> counts = new HashMap<>();
            final int[] z = new int[nd];
            final int[] next = new int[nd];
            final int[] theta = new int[n];
        }
        List<Part> parts = DrawRunner.run(draws.count(), draws.seed(), draws.threads(), draws.progress(), Part::new,
                (p, d, rng) -> {
                    for (int j = 0; j < nd; j++) {
                        p.z[j] = rng.nextInt(k[j]);
                    }
                    List<int[]> att = attractorOf(p.z, p.next, p.theta);
                    Object[] e = p.counts.computeIfAbsent(key(att), x -> new Object[] {att, new long[1]});
                    ((long[]) e[1])[0]++;
                });
        Map<String, Object[]> all = new HashMap<>();
        for (Part p : parts) {
            p.counts.forEach((key, e) -> {
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
