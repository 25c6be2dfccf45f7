package org.micmac4j.experts;

/**
 * How a blank cell of an expert's grid is read when that expert's own grid is analysed (for the
 * agreement between the experts' rankings: Kendall's W on each expert's direct and indirect
 * influence and dependence).
 *
 * <p>Example: expert A scored only rows 1-5. With {@link #ZERO} A's grid says that variables 6..n
 * influence nothing, so A "disagrees" with every expert who scored them; with {@link #AGGREGATE}
 * A's blanks take the panel's aggregate, so A only differs where A gave an opinion.
 */
public enum BlankCells {
    /** A blank counts 0: the grid exactly as the expert returned it (the default). */
    ZERO,
    /** A blank takes the aggregate's value of the cell (the rest of the panel's view). */
    AGGREGATE
}
