package org.micmac4j;

/**
 * The four views of a MICMAC analysis (docs/METHOD.md §1.3, §3). P cells count
 * {@link Micmac#P_CURRENT_DEFAULT} in the current matrix and {@link Micmac#P_POTENTIAL_DEFAULT}
 * in the potential matrix unless configured otherwise.
 *
 * <p>Example: {@code result.view(View.INDIRECT).sector(i)} is the sector of variable i by the row
 * and column sums of MDI^k.
 */
public enum View {
    /** Row and column sums of the direct matrix MDI (MICMAC's "direct classification"). */
    DIRECT(false, false),
    /** Row and column sums of MII = MDI^k. */
    INDIRECT(true, false),
    /** Row and column sums of the potential direct matrix MPDI (P cells weighted). */
    POTENTIAL_DIRECT(false, true),
    /** Row and column sums of MPII = MPDI^k. */
    POTENTIAL_INDIRECT(true, true);

    private final boolean indirect;
    private final boolean potential;

    View(boolean indirect, boolean potential) {
        this.indirect = indirect;
        this.potential = potential;
    }

    /** @return whether the view uses matrix powers */
    public boolean isIndirect() {
        return indirect;
    }

    /** @return whether P cells carry the potential weight */
    public boolean isPotential() {
        return potential;
    }

    /** @return the direct view of the same matrix (itself for direct views) */
    public View direct() {
        return potential ? POTENTIAL_DIRECT : DIRECT;
    }
}
