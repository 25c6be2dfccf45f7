package org.micmac4j;

/**
 * How an {@link InfluenceMatrix} stores its cells, which decides the kernel of the indirect
 * iteration. The results never depend on it (the kernels agree to the last bit or within the tie
 * tolerance); memory and speed do.
 *
 * <p>The {@link #AUTO} rule: {@link #SPARSE} when n ≥ 64 and the fill (non-zero cells / n²) is
 * below 0.3 (0.06 when the JVM runs with {@code --add-modules jdk.incubator.vector}, whose dense
 * kernels are faster), thresholds measured where one ranking step costs the same in both layouts;
 * else {@link #COMPACT} when every value is an integer 0..127 (MICMAC's 0..3 scores); else
 * {@link #DENSE}.
 *
 * <p>Example: a 5 000-variable 0..3 matrix with half its cells filled is stored COMPACT (25 MB
 * instead of 200 MB); a million-variable network with ten links per variable is SPARSE.
 */
public enum Storage {
    /** Chosen by the rule above; the default. */
    AUTO,
    /** 8 bytes per cell, any values. */
    DENSE,
    /** 1 byte per cell; integers 0..127 only. */
    COMPACT,
    /** Compressed rows: O(non-zeros) memory and O(non-zeros) per ranking step. */
    SPARSE
}
