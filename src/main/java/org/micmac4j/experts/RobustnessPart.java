package org.micmac4j.experts;

import java.io.Serializable;

/**
 * The tallies of a range of draws of a {@link Robustness} run (draws FIRST..LAST, 0-based, both
 * included): what a task of a distributed run returns. Draw d depends on (seed, d) alone and the
 * tallies are integer counts, so parts of any cut of the draws merge into exactly the result of the
 * whole run ({@link Robustness#result(Panel, PanelSynthesis, java.util.List)}).
 *
 * <p>Immutable once made; serializable, so that it can travel from a task to the driver.
 */
public final class RobustnessPart implements Serializable {
    private static final long serialVersionUID = 1L;

    private final long first;
    private final long last;
    private final Robustness.Tally tally;

    RobustnessPart(long first, long last, Robustness.Tally tally) {
        this.first = first;
        this.last = last;
        this.tally = tally;
    }

    /** @return the first draw of the range */
    public long first() {
        return first;
    }

    /** @return the last draw of the range (included) */
    public long last() {
        return last;
    }

    Robustness.Tally tally() {
        return tally;
    }

    @Override
    public String toString() {
        return "RobustnessPart[draws " + first + ":" + last + "]";
    }
}
