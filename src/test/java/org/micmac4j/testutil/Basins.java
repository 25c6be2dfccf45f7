package org.micmac4j.testutil;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.micmac4j.cib.CibMatrix;
import org.micmac4j.cib.Succession;
import org.micmac4j.cib.SuccessionPart;
import org.micmac4j.cib.SuccessionResult;

/** Exact succession weights computed from ranges of starts, as separate machines would. */
public final class Basins {
    private Basins() {
    }

    /**
     * @param s the succession settings (exact)
     * @param m the matrix
     * @param r where the cut points, thread counts and merge order come from
     * @param parts how many ranges (fewer when the space is smaller)
     * @return the weights of m from {@code parts} random ranges computed apart (on 1 or 2 threads
     *         each) and merged in a random order
     */
    public static SuccessionResult merged(Succession s, CibMatrix m, Random r, int parts) {
        long size = m.space().size().longValue();
        List<Long> cuts = new ArrayList<>();
        for (int i = 1; i < parts && size > 1; i++) {
            cuts.add(1 + (long) (r.nextDouble() * (size - 1)));
        }
        cuts.add(0L);
        cuts.add(size);
        List<Long> sorted = cuts.stream().distinct().sorted().toList();
        List<SuccessionPart> ps = new ArrayList<>();
        for (int i = 0; i + 1 < sorted.size(); i++) {
            ps.add(s.withThreads(1 + r.nextInt(2)).weights(m, sorted.get(i), sorted.get(i + 1) - 1));
        }
        Collections.shuffle(ps, r);
        return s.result(m, ps);
    }
}
