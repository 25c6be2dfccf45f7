package org.micmac4j.ism;

import java.util.Objects;

/**
 * An ISM analysis with its settings. Immutable: each {@code with...} method returns a configured
 * copy, so one instance can be shared and reused.
 *
 * <pre>{@code
 * IsmResult r = Ism.withDefaults()
 *         .withLevelNumbering(LevelNumbering.FROM_SOURCES)
 *         .withSplit(IsmSplit.mean())
 *         .analyze(IsmInput.readSsim(path));
 * }</pre>
 *
 * <p>Steps of {@link #analyze(IsmInput)}: the final reachability matrix (the transitive closure of
 * the initial one, or the input as given); driving power (row sums, the variable itself
 * included) and dependence power (column sums); the level partition; the ISM-MICMAC clusters;
 * the conical matrix; the digraph with transitive edges removed.
 */
public final class Ism {
    /** Default level numbering: {@link LevelNumbering#FROM_SINKS} (level I = top of the hierarchy). */
    public static final LevelNumbering LEVEL_NUMBERING_DEFAULT = LevelNumbering.FROM_SINKS;
    /** Default closure: {@link ClosureMode#TRANSITIVE}. */
    public static final ClosureMode CLOSURE_DEFAULT = ClosureMode.TRANSITIVE;
    /** Default ISM-MICMAC split: n/2 on both axes, a power equal to n/2 counts as high. */
    public static final IsmSplit SPLIT_DEFAULT = IsmSplit.halfN();

    private static final Ism DEFAULTS = new Ism(LEVEL_NUMBERING_DEFAULT, CLOSURE_DEFAULT, SPLIT_DEFAULT);

    private final LevelNumbering levelNumbering;
    private final ClosureMode closure;
    private final IsmSplit split;

    private Ism(LevelNumbering levelNumbering, ClosureMode closure, IsmSplit split) {
        this.levelNumbering = Objects.requireNonNull(levelNumbering, "levelNumbering");
        this.closure = Objects.requireNonNull(closure, "closure");
        this.split = Objects.requireNonNull(split, "split");
    }

    /**
     * @return an analysis with {@link #LEVEL_NUMBERING_DEFAULT}, {@link #CLOSURE_DEFAULT} and
     *     {@link #SPLIT_DEFAULT}
     */
    public static Ism withDefaults() {
        return DEFAULTS;
    }

    /**
     * @param numbering how levels are numbered
     * @return a copy with that numbering
     */
    public Ism withLevelNumbering(LevelNumbering numbering) {
        return new Ism(numbering, closure, split);
    }

    /**
     * @param mode {@link ClosureMode#TRANSITIVE} to close the input, {@link ClosureMode#AS_GIVEN}
     *     to use it as the final reachability matrix
     * @return a copy with that mode
     */
    public Ism withClosure(ClosureMode mode) {
        return new Ism(levelNumbering, mode, split);
    }

    /**
     * @param rule the ISM-MICMAC split rule
     * @return a copy with that rule
     */
    public Ism withSplit(IsmSplit rule) {
        return new Ism(levelNumbering, closure, rule);
    }

    /** @return the level numbering */
    public LevelNumbering levelNumbering() {
        return levelNumbering;
    }

    /** @return the closure mode */
    public ClosureMode closure() {
        return closure;
    }

    /** @return the split rule */
    public IsmSplit split() {
        return split;
    }

    /**
     * Runs the analysis. The input is not modified.
     *
     * @param input the variables and their initial reachability matrix
     * @return the immutable result
     */
    public IsmResult analyze(IsmInput input) {
        Objects.requireNonNull(input, "input");
        BitMatrix initial = BitMatrix.of(input.matrix());
        BitMatrix reach = closure == ClosureMode.TRANSITIVE ? initial.closure() : initial.copy();
        boolean[][] transitive = closure == ClosureMode.TRANSITIVE
                ? difference(reach, initial) : IsmInput.copy(input.marks());
        LevelPartition partition = LevelPartition.of(reach, input.ids(), levelNumbering);
        return new IsmResult(this, input.ids(), input.matrix(), reach, transitive, partition);
    }

    private static boolean[][] difference(BitMatrix a, BitMatrix b) {
        int n = a.size();
        boolean[][] d = new boolean[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                d[i][j] = a.get(i, j) && !b.get(i, j);
            }
        }
        return d;
    }

    @Override
    public String toString() {
        return "Ism[levelNumbering=" + levelNumbering + ", closure=" + closure + ", split=" + split + "]";
    }
}
