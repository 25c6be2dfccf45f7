package org.micmac4j.cib;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Attractors with the number of starts ending in each, split by phase: a start whose succession
 * is, from some step t on, at the cycle's scenario (φ + t) mod p (the cycle in succession order
 * from its smallest rank) has phase φ; a fixed point has one phase. Phases are what the product
 * of independent groups needs (two cycles combine by the difference of their phases); the
 * weights are the sums over phases. Keyed by the attractor's smallest rank, which no other
 * attractor holds. Not thread-safe; one per worker, then added up.
 */
final class BasinTally {
    /** smallest rank -> the attractor's ranks in succession order from it */
    private final TreeMap<Long, long[]> ranks = new TreeMap<>();
    /** smallest rank -> starts per phase */
    private final TreeMap<Long, long[]> counts = new TreeMap<>();

    /**
     * @param canonical the attractor's ranks in succession order, smallest first
     * @param perPhase the starts per phase (length: the period)
     */
    void add(long[] canonical, long[] perPhase) {
        Long key = canonical[0];
        long[] c = counts.get(key);
        if (c == null) {
            ranks.put(key, canonical);
            counts.put(key, perPhase.clone());
            return;
        }
        for (int i = 0; i < c.length; i++) {
            c[i] = Math.addExact(c[i], perPhase[i]);
        }
    }

    void addAll(BasinTally other) {
        other.ranks.forEach((key, r) -> add(r, other.counts.get(key)));
    }

    /** @return the attractors' canonical ranks, by smallest rank */
    List<long[]> attractors() {
        return Collections.unmodifiableList(new ArrayList<>(ranks.values()));
    }

    /** @return the starts per phase of the attractor whose smallest rank is {@code key} */
    long[] perPhase(long key) {
        return counts.get(key);
    }

    /** @return the total starts of the attractor whose smallest rank is {@code key} */
    long weight(long key) {
        long s = 0;
        for (long c : counts.get(key)) {
            s += c;
        }
        return s;
    }

    /** @return the total starts over every attractor */
    long starts() {
        long s = 0;
        for (Map.Entry<Long, long[]> e : counts.entrySet()) {
            for (long c : e.getValue()) {
                s = Math.addExact(s, c);
            }
        }
        return s;
    }
}
