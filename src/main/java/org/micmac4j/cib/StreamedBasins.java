package org.micmac4j.cib;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import java.util.function.LongUnaryOperator;

import org.micmac4j.internal.parallel.Workers;

/**
 * Exact basins of a range of starts without one entry per scenario: memory bounded by the
 * threads (one fixed-size cache each) and by the number of attractors, not by the space. Every
 * start of the range is followed to its attractor with the rule's steps and counted there.
 *
 * <p><b>How.</b> The starts are visited in rank order, a block of consecutive starts at a time,
 * and their first successors come from the same blocked pass as the exact basins in memory
 * ({@link SuccessorPass}: move tables, memo rows, block bounds), at the cost of that pass (rules
 * without it: {@link StepRule#successors()}, scores kept along the ranks). A start
 * equal to its successor is a fixed point. Otherwise its successor is looked up in the worker's
 * cache, a direct-mapped table from rank to (attractor, phase): trajectories funnel into few
 * scenarios, so most lookups hit, and its index keeps nearby ranks together, so the lookups of a
 * block share cache lines. On a miss the succession is followed until a cached scenario, a fixed
 * point or a cycle (Brent's method, on ranks), and every scenario of the walk is cached with its
 * attractor and phase (a scenario one step before phase φ has phase φ − 1). A walk's step is a
 * full step ({@link StepRule#stepper}: for the global rule with the scores packed several to a
 * long, {@link PackedStep}).
 *
 * <p><b>Exact whatever the cache does.</b> A cache entry is a fact (this rank ends in that
 * attractor at that phase) keyed by the whole rank, so a collision only evicts; a miss costs
 * steps, never correctness. Each start of the range is counted once, in the attractor its
 * succession reaches. Workers take chunks of the range from a shared counter and keep their own
 * cache and tally; tallies are added up by attractor, so the result does not depend on the
 * threads or the order.
 */
final class StreamedBasins {
    /** Default cache size per worker: 2^22 entries of 8 bytes, 32 MiB. */
    static final int CACHE_BITS_DEFAULT = 22;
    /** Starts per chunk taken by a worker. */
    private static final long CHUNK = 1L << 20;

    private final StepRule rule;
    private final int threads;
    private final int cacheBits;
    private final LongConsumer progress;
    /**
     * The cache: a rank r has index (r mod 2^bits) XOR f(r >>> bits), f a multiplicative hash of
     * the high part into bits bits, and entry i holds ((r >>> bits) << bits) | (slot + 1), 0 when
     * empty. Given the index, the high part (the tag) names the rank exactly, so one word per entry
     * and one memory access per lookup. Ranks that differ in their low bits only keep their order
     * (an XOR with the same f): the first successors of a block of consecutive starts lie in a few
     * short runs of ranks, and their lookups share cache lines and pages. On bench_50x50 (one
     * thread) an index hashing the whole rank put every lookup on its own line of the 32 MiB
     * table; those lookups were ~30 % of the streamed run. Slots are numbered per worker, so each
     * worker has its own cache (sized by {@code cacheBits}); slots beyond 2^bits − 2 are not cached.
     */
    private final int hashShift;
    private final long slotMask;

    /**
     * @param rule the succession rule
     * @param threads worker threads, ≥ 1
     * @param cacheBits log2 of the entries of each worker's cache, 0..30
     * @param progress called with the number of starts done so far (from worker threads), or null
     */
    StreamedBasins(StepRule rule, int threads, int cacheBits, LongConsumer progress) {
        this.rule = rule;
        this.threads = threads;
        this.cacheBits = cacheBits;
        this.progress = progress;
        this.hashShift = 64 - cacheBits;
        this.slotMask = (1L << cacheBits) - 1;
    }

    /**
     * @param first the first start's rank
     * @param last the last start's rank (included)
     * @return the attractors reached from the starts first..last, with their counts per phase
     */
    BasinTally run(long first, long last) {
        SuccessorPass pass = rule.firstSteps();
        long w = pass == null ? 1 : pass.width();
        long from = first / w * w;
        long chunks = (last - from) / CHUNK + 1;
        AtomicLong next = new AtomicLong();
        AtomicLong done = new AtomicLong();
        List<Worker> workers = new ArrayList<>();
        int t = (int) Math.max(1, Math.min(threads, chunks));
        for (int i = 0; i < t; i++) {
            workers.add(new Worker(first, last, pass));
        }
        // one task per worker, each claiming chunks (their count may exceed an int); the caller's
        // interrupt is checked between chunks, as Workers does between tasks
        Thread caller = Thread.currentThread();
        Workers.run(t, t, i -> {
            Worker wk = workers.get(i);
            for (long c = next.getAndIncrement(); c < chunks; c = next.getAndIncrement()) {
                if (caller.isInterrupted()) {
                    throw new CancellationException("interrupted");
                }
                long lo = from + c * CHUNK;
                long hi = Math.min(last, lo + CHUNK - 1);
                wk.chunk(lo, hi);
                long d = done.addAndGet(Math.min(hi, last) - Math.max(lo, first) + 1);
                if (progress != null) {
                    progress.accept(d);
                }
            }
        });
        BasinTally all = new BasinTally();
        for (Worker wk : workers) {
            all.addAll(wk.tally());
        }
        return all;
    }

    /** One worker: its cache, its attractors and its counts. */
    private final class Worker implements SuccessorPass.BlockSink {
        private final long first;
        private final long last;
        private final SuccessorPass pass;
        private final long span;
        /** see {@link StreamedBasins#hashShift} */
        private final long[] cache;
        /** attractor code -> canonical ranks */
        private final List<long[]> attractors = new ArrayList<>();
        /** smallest rank -> code */
        private final Map<Long, Integer> codes = new HashMap<>();
        /** code -> its first slot; the slot of phase φ is base + φ */
        private int[] base = new int[16];
        /** slot -> the slot one step earlier (phase − 1 mod p) */
        private int[] prev = new int[16];
        private long[] counts = new long[16];
        private int slots;
        /** without a blocked pass: the rule's first steps, a block at a time */
        private final StepRule.Successors successors;
        private final long[] firsts;
        /** a walk's step: rank to the successor's rank */
        private final LongUnaryOperator step;
        private long[] path = new long[64];
        private int[] pathSlot = new int[64];
        private int[] found = new int[0];
        /** the starts counted: the range within the current chunk */
        private long from;
        private long to;

        Worker(long first, long last, SuccessorPass pass) {
            this.first = first;
            this.last = last;
            this.pass = pass;
            this.span = pass == null ? 0 : pass.loSpan();
            this.cache = new long[1 << cacheBits];
            this.successors = pass == null ? rule.successors() : null;
            this.firsts = pass == null ? new long[4096] : null;
            this.step = rule.stepper();
        }

        void chunk(long lo, long hi) {
            from = Math.max(lo, first);
            to = Math.min(hi, last);
            if (pass == null) {
                // first steps a block at a time, then the counts (whose walks use the step buffers)
                for (long r = from; r <= to; r += firsts.length) {
                    int c = (int) Math.min(firsts.length, to - r + 1);
                    successors.of(r, c, firsts);
                    for (int i = 0; i < c; i++) {
                        count(r + i, firsts[i]);
                    }
                }
                return;
            }
            long w = pass.width();
            pass.blocks(from / w, to / w - from / w + 1, this);
        }

        @Override
        public void block(long firstRank, int[] lo, int[] hi) {
            int w = lo.length;
            if (found.length < w) {
                found = new int[w];
            }
            int a = (int) Math.max(0, from - firstRank);
            int b = (int) Math.min(w - 1, to - firstRank);
            // lookups first, all independent (their cache misses overlap), then the rare walks
            for (int x = a; x <= b; x++) {
                long s = hi[x] * span + lo[x];
                found[x] = s == firstRank + x ? -2 : lookup(s);
            }
            for (int x = a; x <= b; x++) {
                long r = firstRank + x;
                int slot = found[x];
                if (slot == -2) {
                    slot = fixedPoint(r);
                } else {
                    if (slot < 0) {
                        slot = walk(hi[x] * span + lo[x]);
                    }
                    slot = prev[slot];
                }
                counts[slot]++;
            }
        }

        /** Counts one start of rank r whose successor has rank s. */
        private void count(long r, long s) {
            int slot;
            if (s == r) {
                slot = fixedPoint(r);
            } else {
                slot = lookup(s);
                if (slot < 0) {
                    slot = walk(s); // before reading prev: walking may grow it
                }
                slot = prev[slot];
            }
            counts[slot]++;
        }

        /** @return the cached slot of a rank, or −1 */
        private int lookup(long rank) {
            long e = cache[index(rank)];
            return (e >>> cacheBits) == (rank >>> cacheBits) ? (int) (e & slotMask) - 1 : -1;
        }

        private void store(long rank, int slot) {
            if (slot + 1L <= slotMask) { // a slot too large for the entry is not cached: it only costs steps
                cache[index(rank)] = (rank >>> cacheBits) << cacheBits | (slot + 1);
            }
        }

        private int index(long rank) {
            // with no bits (one entry) the shift is 64, i.e. none, and the mask keeps index 0
            int f = (int) ((rank >>> cacheBits) * 0x9E3779B97F4A7C15L >>> hashShift);
            return ((int) rank ^ f) & (int) slotMask;
        }

        private int fixedPoint(long r) {
            int slot = lookup(r);
            if (slot < 0) {
                int code = register(new long[] {r}); // before reading base: registering may grow it
                slot = base[code];
                store(r, slot);
            }
            return slot;
        }

        /** @return the code of an attractor, registering it (with its slots) when new */
        private int register(long[] cycle) {
            int m = 0;
            for (int i = 1; i < cycle.length; i++) {
                if (cycle[i] < cycle[m]) {
                    m = i;
                }
            }
            Integer c = codes.get(cycle[m]);
            if (c != null) {
                return c;
            }
            int p = cycle.length;
            long[] canon = new long[p];
            for (int i = 0; i < p; i++) {
                canon[i] = cycle[(m + i) % p];
            }
            int code = attractors.size();
            attractors.add(canon);
            codes.put(canon[0], code);
            if (code == base.length) {
                base = Arrays.copyOf(base, code * 2);
            }
            base[code] = slots;
            while (slots + p > prev.length) {
                prev = Arrays.copyOf(prev, prev.length * 2);
                counts = Arrays.copyOf(counts, counts.length * 2);
            }
            for (int i = 0; i < p; i++) {
                prev[slots + i] = slots + (i + p - 1) % p;
            }
            slots += p;
            return code;
        }

        /**
         * Follows the succession from rank s to a cached scenario, a fixed point or a cycle,
         * caching every scenario on the way.
         *
         * @return the slot of s
         */
        private int walk(long s) {
            int len = 0;
            long cur = s;
            long tortoise = s;
            int power = 1;
            int lam = 0;
            int resolvedFrom; // path[resolvedFrom..len-1] have their slots
            int after; // the slot of the scenario after path[resolvedFrom - 1]
            while (true) {
                int hit = lookup(cur);
                if (hit >= 0) {
                    resolvedFrom = len;
                    after = hit;
                    break;
                }
                if (len == path.length) {
                    path = Arrays.copyOf(path, len * 2);
                    pathSlot = Arrays.copyOf(pathSlot, len * 2);
                }
                path[len++] = cur;
                long nr = step.applyAsLong(cur);
                if (nr == cur) {
                    int code = register(new long[] {cur}); // before reading base: registering may grow it
                    pathSlot[len - 1] = base[code];
                    resolvedFrom = len - 1;
                    after = pathSlot[len - 1];
                    break;
                }
                lam++;
                if (nr == tortoise) {
                    int code = register(Arrays.copyOfRange(path, len - lam, len));
                    long smallest = attractors.get(code)[0];
                    int m = len - lam;
                    while (path[m] != smallest) {
                        m++;
                    }
                    for (int q = len - lam; q < len; q++) {
                        pathSlot[q] = base[code] + Math.floorMod(q - m, lam);
                    }
                    resolvedFrom = len - lam;
                    after = pathSlot[resolvedFrom];
                    break;
                }
                if (lam == power) {
                    tortoise = nr;
                    power <<= 1;
                    lam = 0;
                }
                cur = nr;
            }
            for (int q = resolvedFrom - 1; q >= 0; q--) {
                after = prev[after];
                pathSlot[q] = after;
            }
            for (int q = 0; q < len; q++) {
                store(path[q], pathSlot[q]);
            }
            return len == 0 ? after : pathSlot[0];
        }

        BasinTally tally() {
            BasinTally t = new BasinTally();
            for (int code = 0; code < attractors.size(); code++) {
                long[] canon = attractors.get(code);
                t.add(canon, Arrays.copyOfRange(counts, base[code], base[code] + canon.length));
            }
            return t;
        }
    }
}
