package org.micmac4j.morph;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

import org.micmac4j.InvalidInputException;
import org.micmac4j.internal.Messages;
import org.micmac4j.scenario.Descriptor;
import org.micmac4j.scenario.ScenarioSpace;

/**
 * A morphological field (Zwicky; Ritchey's general morphological analysis): parameters (the
 * {@link Descriptor descriptors} of a {@link ScenarioSpace}) with their values (variants), the
 * cross-consistency table scoring every pair of values of two different parameters on a
 * {@link PairScale}, and unary exclusions (values ruled out on their own).
 *
 * <p>Immutable: every {@code with...} method returns a copy. Pairs are symmetric: scoring (a, b)
 * scores (b, a). Values are addressed by the space's flat index ({@link ScenarioSpace#flatIndex})
 * or by ids.
 *
 * <pre>{@code
 * MorphologicalField f = MorphologicalField.of(space, PairScale.BINARY)
 *         .withScore("Economy", "Low", "Policy", "Expand", 0)   // excluded pair
 *         .withExcluded("Policy", "Freeze");                   // unary exclusion
 * }</pre>
 */
public final class MorphologicalField {
    private final ScenarioSpace space;
    private final PairScale scale;
    /** Flat V × V, symmetric; own-parameter blocks unused (neutral). */
    private final int[] scores;
    private final boolean[] allowed;
    /** The search kernel of {@link #scores}, shared by the copies that keep the pair table. */
    private final PairKernel.Cache kernels;

    private MorphologicalField(ScenarioSpace space, PairScale scale, int[] scores, boolean[] allowed,
            PairKernel.Cache kernels) {
        this.space = space;
        this.scale = scale;
        this.scores = scores;
        this.allowed = allowed;
        this.kernels = kernels;
    }

    /**
     * A field where every pair is neutral ({@link PairScale#neutral()}) and every value allowed.
     *
     * @param space the parameters and their values
     * @param scale the scale of the pair scores
     * @return the field
     */
    public static MorphologicalField of(ScenarioSpace space, PairScale scale) {
        Objects.requireNonNull(space, "space");
        Objects.requireNonNull(scale, "scale");
        int v = space.totalVariants();
        int[] s = new int[v * v];
        Arrays.fill(s, scale.neutral());
        boolean[] a = new boolean[v];
        Arrays.fill(a, true);
        return new MorphologicalField(space, scale, s, a, new PairKernel.Cache());
    }

    /**
     * A field from a full table of pair scores over the flat value indices.
     *
     * @param space the parameters and their values
     * @param scale the scale of the scores
     * @param scores a {@code V × V} table, {@code V = space.totalVariants()}, symmetric between
     *     different parameters; the blocks of one parameter with itself are ignored (not modified)
     * @return the field, every value allowed
     * @throws InvalidInputException when the table has the wrong shape, a score is off the scale
     *     or the table is not symmetric (the message names both values)
     */
    public static MorphologicalField of(ScenarioSpace space, PairScale scale, int[][] scores) {
        MorphologicalField f = of(space, scale);
        int v = space.totalVariants();
        Messages.require(scores != null && scores.length == v, "the score table needs %d rows, one per value", v);
        for (int a = 0; a < v; a++) {
            Messages.require(scores[a] != null && scores[a].length == v, "row %s of the score table needs %d cells",
                    f.label(a), v);
        }
        int[] param = new int[v];
        for (int a = 0; a < v; a++) {
            param[a] = space.descriptorOf(a);
        }
        for (int a = 0; a < v; a++) {
            for (int b = 0; b < v; b++) {
                if (param[a] == param[b]) {
                    continue;
                }
                f.checkScore(a, b, scores[a][b]);
                if (scores[a][b] != scores[b][a]) {
                    throw Messages.invalid("the score table is not symmetric: %s with %s is %d, %s with %s is %d",
                            f.label(a), f.label(b), scores[a][b], f.label(b), f.label(a), scores[b][a]);
                }
                f.scores[a * v + b] = scores[a][b];
            }
        }
        return f;
    }

    private void checkScore(int a, int b, int score) {
        if (!scale.contains(score)) {
            throw Messages.invalid("the score of %s with %s is %d, off the %s scale %d..%d", label(a), label(b), score,
                    scale.name().toLowerCase(Locale.ROOT), scale.min(), scale.max());
        }
    }

    /**
     * @param flat a flat value index
     * @return its label {@code PARAMETER=value}
     */
    public String label(int flat) {
        int p = space.descriptorOf(flat);
        return space.descriptor(p).id() + "=" + space.descriptor(p).variant(flat - space.offset(p)).id();
    }

    /**
     * @param a a flat value index
     * @param b a flat value index of another parameter
     * @param score the pair's score on this field's scale
     * @return a copy where the pair (a, b) and (b, a) has that score
     * @throws InvalidInputException when both values belong to one parameter or the score is off the scale
     */
    public MorphologicalField withScore(int a, int b, int score) {
        int pa = space.descriptorOf(a);
        int pb = space.descriptorOf(b);
        Messages.require(pa != pb, "%s and %s are values of one parameter: they cannot be scored as a pair",
                label(a), label(b));
        checkScore(a, b, score);
        int v = space.totalVariants();
        int[] s = scores.clone();
        s[a * v + b] = score;
        s[b * v + a] = score;
        return new MorphologicalField(space, scale, s, allowed, new PairKernel.Cache());
    }

    /**
     * @param parameter a parameter id
     * @param value one of its value ids
     * @param otherParameter another parameter id
     * @param otherValue one of its value ids
     * @param score the pair's score
     * @return a copy with that score
     * @throws InvalidInputException when an id is unknown, the parameters are one or the score is off the scale
     */
    public MorphologicalField withScore(String parameter, String value, String otherParameter, String otherValue,
            int score) {
        return withScore(flat(parameter, value), flat(otherParameter, otherValue), score);
    }

    /**
     * @param parameter a parameter id
     * @param value one of its value ids
     * @return a copy where that value is excluded on its own (a unary exclusion)
     * @throws InvalidInputException when an id is unknown
     */
    public MorphologicalField withExcluded(String parameter, String value) {
        boolean[] a = allowed.clone();
        a[flat(parameter, value)] = false;
        return new MorphologicalField(space, scale, scores, a, kernels);
    }

    /**
     * Fixes a parameter (the inference mode): every other value of it is excluded.
     *
     * @param parameter a parameter id
     * @param value the value it takes
     * @return a copy where {@code parameter} can only take {@code value}
     * @throws InvalidInputException when an id is unknown
     */
    public MorphologicalField withFixed(String parameter, String value) {
        int p = space.indexOf(parameter);
        int keep = flat(parameter, value);
        boolean[] a = allowed.clone();
        for (int v = 0; v < space.variantCount(p); v++) {
            int g = space.offset(p) + v;
            a[g] = a[g] && g == keep;
        }
        return new MorphologicalField(space, scale, scores, a, kernels);
    }

    private int flat(String parameter, String value) {
        int p = space.indexOf(parameter);
        return space.offset(p) + space.descriptor(p).indexOf(value);
    }

    /** @return the parameters and their values */
    public ScenarioSpace space() {
        return space;
    }

    /** @return the scale of the pair scores */
    public PairScale scale() {
        return scale;
    }

    /**
     * @param a a flat value index
     * @param b a flat value index of another parameter
     * @return the score of the pair
     */
    public int score(int a, int b) {
        return scores[a * space.totalVariants() + b];
    }

    /**
     * @param ordinalExclusion on the ordinal scale, the score at or below which a pair is excluded
     * @return the search kernel of the pair table under that rule, built once per pair table
     */
    PairKernel kernel(int ordinalExclusion) {
        return kernels.get(space, scores, scale == PairScale.BINARY, ordinalExclusion);
    }

    /** @return the flat V × V score table itself, for the search kernel (not copied: never modify it) */
    int[] scoreTable() {
        return scores;
    }

    /**
     * @param flat a flat value index
     * @return whether the value is allowed on its own (not excluded, not removed by a fixed parameter)
     */
    public boolean isAllowed(int flat) {
        return allowed[flat];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MorphologicalField f && space.equals(f.space) && scale == f.scale
                && Arrays.equals(scores, f.scores) && Arrays.equals(allowed, f.allowed);
    }

    @Override
    public int hashCode() {
        return Objects.hash(space, scale, Arrays.hashCode(scores), Arrays.hashCode(allowed));
    }

    @Override
    public String toString() {
        return "MorphologicalField" + space.descriptors() + " " + scale;
    }
}
