package org.micmac4j.internal.store;

/** The storage layout of a matrix; {@link #AUTO} lets {@link Stores#of} apply its rule. */
public enum Layout {
    /** Chosen by the rule documented on {@link Stores}. */
    AUTO,
    /** {@link DenseStore}: 8 bytes per cell, any values. */
    DENSE,
    /** {@link ByteStore}: 1 byte per cell, integers 0..127 only. */
    BYTES,
    /** {@link CsrStore}: compressed rows, 5 or 12 bytes per non-zero. */
    SPARSE
}
