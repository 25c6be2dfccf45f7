package org.micmac4j.scenario;

import java.util.Arrays;

import org.micmac4j.InvalidInputException;
import org.micmac4j.internal.Messages;

/**
 * A scenario: one 0-based variant index per descriptor, in the descriptor order of its
 * {@link ScenarioSpace}. Immutable; equality and ordering (lexicographic) are on the indices.
 * Build one with {@link ScenarioSpace#scenario(int...)} (checked against the space) or
 * {@link #of(int...)}; get its ids with {@link ScenarioSpace#variantIds(Scenario)}.
 */
public final class Scenario implements Comparable<Scenario> {
    private final int[] variants;

    Scenario(int[] variants) {
        this.variants = variants;
    }

    /**
     * A scenario not yet checked against a space (indices must only be non-negative).
     *
     * @param variants one 0-based variant index per descriptor
     * @return the scenario (the array is copied)
     * @throws InvalidInputException when empty or an index is negative
     */
    public static Scenario of(int... variants) {
        Messages.require(variants != null && variants.length > 0, "a scenario needs at least one variant index");
        for (int d = 0; d < variants.length; d++) {
            Messages.require(variants[d] >= 0, "variant index %d of descriptor %d is negative", variants[d], d + 1);
        }
        return new Scenario(variants.clone());
    }

    /**
     * @param d 0-based descriptor index
     * @return the 0-based index of the chosen variant
     */
    public int variant(int d) {
        return variants[d];
    }

    /** @return the variant indices (a copy) */
    public int[] variants() {
        return variants.clone();
    }

    /** @return the number of descriptors */
    public int size() {
        return variants.length;
    }

    /**
     * @param d 0-based descriptor index
     * @param v 0-based variant index
     * @return a copy with descriptor {@code d} at variant {@code v}
     */
    public Scenario with(int d, int v) {
        Messages.require(v >= 0, "variant index %d is negative", v);
        int[] c = variants.clone();
        c[d] = v;
        return new Scenario(c);
    }

    @Override
    public int compareTo(Scenario o) {
        return Arrays.compare(variants, o.variants);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Scenario s && Arrays.equals(variants, s.variants);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(variants);
    }

    /** @return the 1-based indices, space separated, e.g. {@code [2 3 1]} (ScenarioWizard's numbering) */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("[");
        for (int d = 0; d < variants.length; d++) {
            b.append(d == 0 ? "" : " ").append(variants[d] + 1);
        }
        return b.append(']').toString();
    }
}
