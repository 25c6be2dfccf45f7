package org.micmac4j;

/**
 * The structure of the influence graph (edge i -> j where m_ij > 0), which decides whether the
 * indirect ranking settles (docs/METHOD.md §4).
 *
 * <p>Example: a 3-cycle A -> B -> C -> A is {@link #PERIODIC} with period 3; a chain A -> B -> C
 * is {@link #ACYCLIC}.
 */
public enum StructureKind {
    /** Strongly connected and aperiodic: rankings converge geometrically, at rate |λ2/λ1|. */
    PRIMITIVE,
    /** Strongly connected with period p > 1 (e.g. a pure cycle): rankings may cycle forever. */
    PERIODIC,
    /** Several strongly connected components with at least one cycle. */
    REDUCIBLE,
    /** No cycle: M^k = 0 for k above the longest path (the matrix is nilpotent). */
    ACYCLIC
}
