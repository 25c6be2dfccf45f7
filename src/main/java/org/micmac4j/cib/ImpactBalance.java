package org.micmac4j.cib;

import org.micmac4j.scenario.Scenario;
import org.micmac4j.scenario.ScenarioSpace;

/**
 * The impact balance of one scenario z: the impact score θ_j(b | z) = Σ_i C[(i, z_i), (j, b)] of
 * every variant b of every descriptor j, and the scenario's measures:
 * <pre>
 *   inconsistency       IC(z)  = max_j (max_b θ_j(b) − θ_j(z_j))          0 iff z is consistent
 *   consistency value   CV(z)  = min_j (θ_j(z_j) − max_{b≠z_j} θ_j(b))     ties give 0
 *   total impact score  TIS(z) = Σ_j θ_j(z_j)
 * </pre>
 * Descriptors with a single variant have no other variant and are left out of CV; when no
 * descriptor has two variants CV is 0. Under an intervention ({@link Cib#withIntervention}) the
 * held descriptors are left out of IC and CV (their consistency is not tested) but not of TIS
 * (every chosen variant's score counts). Immutable.
 */
public final class ImpactBalance {
    private final ScenarioSpace space;
    private final Scenario scenario;
    private final int[] scores;
    private final int inconsistency;
    private final int consistencyValue;
    private final long totalImpactScore;

    ImpactBalance(ScenarioSpace space, Scenario scenario, int[] scores) {
        this(space, scenario, scores, null);
    }

    /**
     * @param tested per descriptor, whether its consistency counts in IC and CV (false for a
     *     descriptor held by an intervention); null: every descriptor
     */
    ImpactBalance(ScenarioSpace space, Scenario scenario, int[] scores, boolean[] tested) {
        this.space = space;
        this.scenario = scenario;
        this.scores = scores;
        int ic = 0;
        int cv = Integer.MAX_VALUE;
        long tis = 0;
        for (int d = 0; d < space.descriptorCount(); d++) {
            int lo = space.offset(d);
            int own = scores[lo + scenario.variant(d)];
            int bestOther = Integer.MIN_VALUE;
            for (int b = 0; b < space.variantCount(d); b++) {
                if (b != scenario.variant(d)) {
                    bestOther = Math.max(bestOther, scores[lo + b]);
                }
            }
            tis += own;
            if (bestOther != Integer.MIN_VALUE && (tested == null || tested[d])) {
                ic = Math.max(ic, bestOther - own);
                cv = Math.min(cv, own - bestOther);
            }
        }
        this.inconsistency = ic;
        this.consistencyValue = cv == Integer.MAX_VALUE ? 0 : cv;
        this.totalImpactScore = tis;
    }

    /** @return the scenario */
    public Scenario scenario() {
        return scenario;
    }

    /**
     * @param d 0-based descriptor index
     * @param b 0-based variant index
     * @return θ_d(b | z)
     */
    public int score(int d, int b) {
        return scores[space.flatIndex(d, b)];
    }

    /** @return every variant's score in flat variant order (a copy): the "balances" row */
    public int[] scores() {
        return scores.clone();
    }

    /** @return IC(z), 0 when consistent */
    public int inconsistency() {
        return inconsistency;
    }

    /** @return CV(z) */
    public int consistencyValue() {
        return consistencyValue;
    }

    /** @return TIS(z) */
    public long totalImpactScore() {
        return totalImpactScore;
    }

    /** @return true when IC(z) = 0 */
    public boolean isConsistent() {
        return inconsistency == 0;
    }

    /** @return the scenario's measures as a result entry */
    public CibScenario toCibScenario() {
        return new CibScenario(scenario, inconsistency, consistencyValue, totalImpactScore);
    }
}
