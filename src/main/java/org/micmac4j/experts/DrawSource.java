package org.micmac4j.experts;

import org.apache.commons.rng.UniformRandomProvider;

/** Fills one draw's matrix into a worker's buffers. */
interface DrawSource {
    /**
     * @param rng the draw's generator
     * @param values row-major n² values, overwritten
     * @param potential row-major n² P flags, overwritten
     */
    void fill(UniformRandomProvider rng, double[] values, boolean[] potential);

    /** @return a source for another thread (own scratch buffers) */
    DrawSource copy();
}
