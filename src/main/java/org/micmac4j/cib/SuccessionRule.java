package org.micmac4j.cib;

import java.util.Locale;

import org.micmac4j.InvalidInputException;

/**
 * How one succession step moves a scenario (Weimer-Jehle 2006; ScenarioWizard's manual). Every rule
 * judges a descriptor's variants by their impact scores θ_j under the current scenario and uses the
 * same tie rule: a descriptor already at a maximal variant keeps it, otherwise its best variant is
 * the first maximal one (in variant order). The fixed points of every rule are exactly the
 * consistent scenarios; their trajectories, cycles and basin weights differ.
 *
 * <p>Example, three descriptors, from z = (a1, b1, c1) where A's best variant is a3 and, once A has
 * moved, B's best is b2:
 * <ul>
 * <li>{@link #GLOBAL}: A, B and C move at once, each judged under z: (a3, b1, c1) if B's and C's
 *     variants are already maximal under z.</li>
 * <li>{@link #SEQUENTIAL}: A moves first (a3), then B is judged under (a3, b1, c1) and moves (b2),
 *     then C under (a3, b2, c1): one step is one sweep over the descriptors.</li>
 * <li>{@link #ADJACENT}: every descriptor moves at once, one variant toward its best: A to a2.</li>
 * </ul>
 */
public enum SuccessionRule {
    /**
     * Every descriptor moves at once to its best variant, all judged under the same scenario
     * (Jacobi-like). ScenarioWizard's succession; the default.
     */
    GLOBAL,
    /**
     * One descriptor at a time, in descriptor order: descriptor j is judged under the scenario as
     * already changed by descriptors 0..j−1 of the same step and moved to its best variant
     * (Gauss–Seidel). One step is one sweep over all descriptors.
     */
    SEQUENTIAL,
    /**
     * Every descriptor moves at once, by one variant toward its best variant (judged as
     * {@link #GLOBAL} does): for ordinal descriptors, whose variants are ordered levels (low, medium,
     * high), so that change is gradual. Variant order is the order of the space.
     */
    ADJACENT;

    /** Default rule: {@link #GLOBAL}. */
    public static final SuccessionRule DEFAULT = GLOBAL;

    /** @return the rule's name in settings, the JSON and the command line, e.g. {@code sequential} */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param id {@code global}, {@code sequential} or {@code adjacent} (any case)
     * @return the rule
     * @throws InvalidInputException naming the id and the choices when it is none of them
     */
    public static SuccessionRule of(String id) {
        String s = id == null ? "" : id.strip().toLowerCase(Locale.ROOT);
        for (SuccessionRule r : values()) {
            if (r.id().equals(s)) {
                return r;
            }
        }
        throw new InvalidInputException("unknown succession rule '" + id + "' (global, sequential or adjacent)");
    }
}
