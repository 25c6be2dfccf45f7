package org.micmac4j.cib;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

import org.micmac4j.internal.Messages;
import org.micmac4j.scenario.Scenario;

/**
 * A few contrasting scenarios to write up: exact greedy max-min selection by Hamming distance (the
 * number of descriptors on which two scenarios differ).
 *
 * <p><b>Rule.</b> The solution set is taken in its <em>solution order</em>: inconsistency
 * ascending, then succession weight descending when weights were computed, else total impact
 * score descending (then {@link CibScenario#ORDER} for what remains tied). The first scenario is
 * picked; then, repeatedly, the scenario whose smallest Hamming distance to the scenarios already
 * picked is largest, ties broken by the solution order (the earliest wins). Each pick reports that
 * smallest distance (none for the first). Stops after K picks or when the set is exhausted.
 * (Farthest-point selection: T. F. Gonzalez (1985), "Clustering to minimize the maximum intercluster
 * distance", <i>Theoretical Computer Science</i> 38, 293–306; for choosing a small set of
 * contrasting consistent scenarios: C. Tietje (2005), "Identification of a small reliable and
 * efficient set of consistent scenarios", <i>European Journal of Operational Research</i> 162,
 * 418–432.)
 *
 * <p>Exact: every remaining scenario's smallest distance is kept up to date after each pick
 * (K · N · descriptors operations for N scenarios).
 *
 * <pre>{@code
 * List<DiverseSelection.Pick> three = DiverseSelection.select(result, weights, 3);   // weights may be null
 * three.get(1).minDistance();   // OptionalInt: descriptors differing from the closest earlier pick
 * }</pre>
 */
public final class DiverseSelection {
    private DiverseSelection() {
    }

    /**
     * One picked scenario.
     *
     * @param scenario the scenario with its measures
     * @param position its 0-based position in the solution order
     * @param minDistance its smallest Hamming distance to the scenarios picked before it; empty for the first
     */
    public record Pick(CibScenario scenario, int position, OptionalInt minDistance) {
    }

    /**
     * @param result a solution set
     * @param weights succession weights of the same matrix, or null
     * @return the solution set in the solution order (see the class documentation)
     */
    public static List<CibScenario> solutionOrder(CibResult result, SuccessionResult weights) {
        Objects.requireNonNull(result, "result");
        List<CibScenario> out = new ArrayList<>(result.scenarios());
        if (weights != null) {
            Map<Scenario, Long> w = weights.weights();
            out.sort(Comparator.comparingInt(CibScenario::inconsistency)
                    .thenComparing(Comparator.comparingLong((CibScenario s) -> w.getOrDefault(s.scenario(), 0L))
                            .reversed())
                    .thenComparing(CibScenario.ORDER));
        }
        return out;
    }

    /**
     * @param result a solution set
     * @param weights succession weights of the same matrix, or null
     * @param k the number of scenarios wanted, ≥ 1
     * @return up to k picks, in the order picked
     * @throws org.micmac4j.InvalidInputException when k is below 1
     */
    public static List<Pick> select(CibResult result, SuccessionResult weights, int k) {
        return select(solutionOrder(result, weights), k);
    }

    /**
     * @param ordered scenarios in the order that breaks ties (the earliest wins), distinct
     * @param k the number of scenarios wanted, ≥ 1
     * @return up to k picks, in the order picked
     * @throws org.micmac4j.InvalidInputException when k is below 1
     */
    public static List<Pick> select(List<CibScenario> ordered, int k) {
        Messages.require(k >= 1, "the number of diverse scenarios must be at least 1, got %d", k);
        int n = ordered.size();
        List<Pick> picks = new ArrayList<>();
        if (n == 0) {
            return picks;
        }
        int[][] z = new int[n][];
        for (int i = 0; i < n; i++) {
            z[i] = ordered.get(i).scenario().variants();
        }
        int[] minDistance = new int[n];
        Arrays.fill(minDistance, Integer.MAX_VALUE);
        int next = 0;
        while (true) {
            picks.add(new Pick(ordered.get(next), next,
                    picks.isEmpty() ? OptionalInt.empty() : OptionalInt.of(minDistance[next])));
            minDistance[next] = -1; // picked: never again
            if (picks.size() == Math.min(k, n)) {
                return picks;
            }
            int[] p = z[next];
            int best = -1;
            for (int i = 0; i < n; i++) {
                if (minDistance[i] < 0) {
                    continue;
                }
                int d = hamming(z[i], p);
                if (d < minDistance[i]) {
                    minDistance[i] = d;
                }
                if (best < 0 || minDistance[i] > minDistance[best]) { // strict: the earliest keeps a tie
                    best = i;
                }
            }
            next = best;
        }
    }

    /** @return the number of descriptors on which a and b differ */
    public static int hamming(Scenario a, Scenario b) {
        Messages.require(a.size() == b.size(), "scenarios of %d and %d descriptors", a.size(), b.size());
        return hamming(a.variants(), b.variants());
    }

    private static int hamming(int[] a, int[] b) {
        int d = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) {
                d++;
            }
        }
        return d;
    }
}
