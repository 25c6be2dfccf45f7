package org.micmac4j.morph;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.function.LongConsumer;

import org.micmac4j.InvalidInputException;
import org.micmac4j.internal.Messages;
import org.micmac4j.scenario.ScenarioSpace;

/**
 * Cross-consistency assessment of a {@link MorphologicalField} (docs/METHOD.md §11; Zwicky 1969, Ritchey
 * 2011): the exact number of consistent configurations, per-value survival counts, a list of
 * configurations and the inference mode.
 *
 * <p>A configuration (one value per parameter) is consistent when none of its values is excluded
 * on its own and none of its pairs is excluded: on the {@link PairScale#BINARY binary} scale a
 * pair scored 0, on the {@link PairScale#ORDINAL ordinal} scale a pair scored at most the
 * {@linkplain #withOrdinalExclusion exclusion threshold}.
 *
 * <p><b>Algorithm, and why it is exact.</b> Parameters linked by no excluded pair are independent:
 * the field is split into the connected components of its exclusion graph, and the count is the
 * product of the components' counts (a {@link BigInteger}: fields far beyond 2^63 are counted
 * without enumeration). Each component is searched depth first, smallest remaining domain first,
 * with forward checking on bit sets: the still-possible values of each unassigned parameter are a
 * {@code long[]} mask, assigning a value ANDs every such mask with the value's compatibility mask,
 * and an empty mask prunes the subtree. Only subtrees holding an excluded pair are discarded, and
 * at the last parameter the solutions are counted by a population count, so every consistent
 * configuration is counted once.
 *
 * <p><b>Listing.</b> Up to {@link #withLimit limit} configurations: on the binary scale the first
 * ones in lexicographic order (parameter order, then value order), found by a search in parameter
 * order that stops at the limit; on the ordinal scale the best by summed score (ties in
 * lexicographic order), found by a depth-first branch and bound (values tried best first) whose bound
 * (the partial score plus, per unassigned parameter, its best value's score with the assigned
 * values and with its best compatible partner in every later parameter) never undercuts a
 * completion, so the list equals a full enumeration followed by a sort.
 *
 * <p><b>Bounds.</b> The exact count of a large field with few exclusions can need astronomically
 * many search steps (one value tried at one node): the searches stop with
 * {@link InvalidInputException} past {@link #withSearchLimit search limit} steps (default
 * {@link #SEARCH_LIMIT_DEFAULT}, about a minute), report their steps to a
 * {@link #withProgress progress listener}, and stop when the calling thread is interrupted
 * ({@link java.util.concurrent.CancellationException}). At most {@link #LIMIT_MAX} configurations
 * are listed.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * MorphologicalResult r = MorphologicalAnalysis.withDefaults().analyze(field);
 * r.count();                                    // exact, as a BigInteger
 * MorphologicalAnalysis.withDefaults().infer(field, Map.of("Economy", "Low")).possibleValues(1);
 * }</pre>
 */
public final class MorphologicalAnalysis {
    /** Default number of configurations listed: 1000. */
    public static final int LIMIT_DEFAULT = 1000;
    /**
     * Largest number of configurations listed: {@value}. A list is for reading and for the
     * report; the count and the survival counts are exact whatever the limit (10^8 listed
     * configurations once ran out of memory).
     */
    public static final int LIMIT_MAX = 100_000;
    /** Default ordinal exclusion threshold: −2 (only "total inconsistency" excludes a pair). */
    public static final int ORDINAL_EXCLUSION_DEFAULT = -2;
    /**
     * Default search limit: {@value} steps (10^9, about a minute at 10^7 to 10^8 steps a second),
     * for the count and the list together.
     */
    public static final long SEARCH_LIMIT_DEFAULT = 1_000_000_000L;

    private static final MorphologicalAnalysis DEFAULTS = new MorphologicalAnalysis(LIMIT_DEFAULT,
            ORDINAL_EXCLUSION_DEFAULT, SEARCH_LIMIT_DEFAULT, null);

    private final int limit;
    private final int ordinalExclusion;
    private final long searchLimit;
    private final LongConsumer progress;

    private MorphologicalAnalysis(int limit, int ordinalExclusion, long searchLimit, LongConsumer progress) {
        this.limit = limit;
        this.ordinalExclusion = ordinalExclusion;
        this.searchLimit = searchLimit;
        this.progress = progress;
    }

    /**
     * @return the analysis with {@link #LIMIT_DEFAULT}, {@link #ORDINAL_EXCLUSION_DEFAULT}, {@link
     * #SEARCH_LIMIT_DEFAULT}
     */
    public static MorphologicalAnalysis withDefaults() {
        return DEFAULTS;
    }

    /**
     * @param newLimit how many configurations to list, 0..{@link #LIMIT_MAX} (0 = count only)
     * @return a copy with that limit
     * @throws InvalidInputException when out of range
     */
    public MorphologicalAnalysis withLimit(int newLimit) {
        Messages.require(newLimit >= 0, "the limit of listed configurations must be >= 0, got %d", newLimit);
        Messages.require(newLimit <= LIMIT_MAX, "at most %d configurations are listed (the count is exact whatever "
                + "the limit), got %d", LIMIT_MAX, newLimit);
        return new MorphologicalAnalysis(newLimit, ordinalExclusion, searchLimit, progress);
    }

    /**
     * @param steps the most search steps (values tried at a node) the count and the list may take
     *     together, ≥ 1
     * @return a copy with that limit
     * @throws InvalidInputException when below 1
     */
    public MorphologicalAnalysis withSearchLimit(long steps) {
        Messages.require(steps >= 1, "the search limit must be at least 1 step, got %d", steps);
        return new MorphologicalAnalysis(limit, ordinalExclusion, steps, progress);
    }

    /**
     * @param listener told the search steps done so far, about every 65 536 steps, from the calling
     *     thread; null for none
     * @return a copy with that listener
     */
    public MorphologicalAnalysis withProgress(LongConsumer listener) {
        return new MorphologicalAnalysis(limit, ordinalExclusion, searchLimit, listener);
    }

    /**
     * @param threshold on the ordinal scale, pairs scored at most this are excluded (−2..+1)
     * @return a copy with that threshold
     * @throws InvalidInputException when outside −2..+1
     */
    public MorphologicalAnalysis withOrdinalExclusion(int threshold) {
        Messages.require(threshold >= PairScale.ORDINAL.min() && threshold < PairScale.ORDINAL.max(),
                "the ordinal exclusion threshold must be in -2..1, got %d", threshold);
        return new MorphologicalAnalysis(limit, threshold, searchLimit, progress);
    }

    /** @return how many configurations are listed */
    public int limit() {
        return limit;
    }

    /** @return the most search steps of one analysis */
    public long searchLimit() {
        return searchLimit;
    }

    /** @return the ordinal exclusion threshold */
    public int ordinalExclusion() {
        return ordinalExclusion;
    }

    /**
     * @param field the field
     * @param a a flat value index
     * @param b a flat value index of another parameter
     * @return whether this analysis counts the pair as excluded
     */
    public boolean isExcluded(MorphologicalField field, int a, int b) {
        int s = field.score(a, b);
        return field.scale() == PairScale.BINARY ? s == 0 : s <= ordinalExclusion;
    }

    /**
     * The inference mode: fixes some parameters and analyses what remains possible for the others
     * ({@link MorphologicalResult#possibleValues(int)}).
     *
     * @param field the field
     * @param fixed parameter id to value id
     * @return the analysis of the field with those parameters fixed
     * @throws InvalidInputException when an id is unknown
     */
    public MorphologicalResult infer(MorphologicalField field, Map<String, String> fixed) {
        MorphologicalField f = field;
        for (Map.Entry<String, String> e : fixed.entrySet()) {
            f = f.withFixed(e.getKey(), e.getValue());
        }
        return analyze(f);
    }

    /**
     * @param field the field
     * @return the exact count, the survival counts and the listed configurations
     * @throws ArithmeticException when one component alone has more than 2^63 − 1 consistent
     *     configurations (its search could not finish anyway)
     * @throws InvalidInputException when the searches need more than {@link #searchLimit()} steps
     * @throws java.util.concurrent.CancellationException when the calling thread is interrupted
     */
    public MorphologicalResult analyze(MorphologicalField field) {
        Objects.requireNonNull(field, "field");
        ScenarioSpace space = field.space();
        int n = space.descriptorCount();
        int values = space.totalVariants();
        PairKernel kernel = field.kernel(ordinalExclusion);
        FieldSearch search = kernel.search;
        long[] domain = domain(field, search);
        int[] component = kernel.component;
        int components = kernel.members.length;
        long[] counts = new long[components];
        long[] survival = new long[values];
        SearchBudget budget = new SearchBudget(searchLimit, progress);
        for (int c = 0; c < components; c++) {
            FieldSearch.Tally t = new FieldSearch.Tally(values);
            search.count(kernel.members[c], domain, t, budget);
            counts[c] = t.count;
            for (int p = 0; p < n; p++) {
                if (component[p] == c) {
                    for (int g = space.offset(p); g < space.offset(p) + space.variantCount(p); g++) {
                        survival[g] = t.survival[g];
                    }
                }
            }
        }
        BigInteger total = BigInteger.ONE;
        for (long c : counts) {
            total = total.multiply(BigInteger.valueOf(c));
        }
        BigInteger[] surv = new BigInteger[values];
        for (int p = 0; p < n; p++) {
            BigInteger others = BigInteger.ONE;
            for (int c = 0; c < components; c++) {
                if (c != component[p]) {
                    others = others.multiply(BigInteger.valueOf(counts[c]));
                }
            }
            for (int g = space.offset(p); g < space.offset(p) + space.variantCount(p); g++) {
                surv[g] = others.multiply(BigInteger.valueOf(survival[g]));
            }
        }
        List<Configuration> listed = total.signum() == 0 || limit == 0 ? List.of()
                : list(field, kernel, domain, budget);
        return new MorphologicalResult(this, field, total, surv, listed);
    }

    private List<Configuration> list(MorphologicalField field, PairKernel kernel, long[] domain,
            SearchBudget budget) {
        ScenarioSpace space = field.space();
        List<Configuration> out = new ArrayList<>();
        if (field.scale() == PairScale.BINARY) {
            kernel.search.visit(domain, g -> {
                out.add(new Configuration(space.scenario(local(space, g)), OptionalInt.empty()));
                return out.size() < limit;
            }, budget);
            return List.copyOf(out);
        }
        RankedSearch ranked = new RankedSearch(kernel.search, field.scoreTable(), kernel.masks);
        for (RankedSearch.Ranked r : ranked.top(domain, limit, budget)) {
            out.add(new Configuration(space.scenario(local(space, r.values())), OptionalInt.of(r.score())));
        }
        return List.copyOf(out);
    }

    private static int[] local(ScenarioSpace space, int[] flat) {
        int[] v = new int[flat.length];
        for (int p = 0; p < v.length; p++) {
            v[p] = flat[p] - space.offset(p);
        }
        return v;
    }

    private static long[] domain(MorphologicalField field, FieldSearch search) {
        ScenarioSpace space = field.space();
        int[] wordOffset = search.wordOffsets();
        long[] d = new long[search.words()];
        for (int p = 0; p < space.descriptorCount(); p++) {
            for (int v = 0; v < space.variantCount(p); v++) {
                if (field.isAllowed(space.offset(p) + v)) {
                    d[wordOffset[p] + (v >>> 6)] |= 1L << v;
                }
            }
        }
        return d;
    }

    @Override
    public String toString() {
        return "MorphologicalAnalysis[limit=" + limit + ", ordinalExclusion=" + ordinalExclusion + ", searchLimit="
                + searchLimit + "]";
    }
}
