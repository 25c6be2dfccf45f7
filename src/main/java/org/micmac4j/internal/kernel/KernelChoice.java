package org.micmac4j.internal.kernel;

/** Which ranking kernel family to use; {@link #AUTO} follows the store's layout. */
public enum KernelChoice {
    /** The kernel of the store's own layout (dense doubles, bytes or compressed rows). */
    AUTO,
    /** A dense kernel (bytes when the values fit, else doubles), converting a sparse store. */
    DENSE,
    /** The compressed-rows kernel, converting a dense store. */
    SPARSE
}
