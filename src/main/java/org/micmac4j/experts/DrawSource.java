package org.micmac4j.experts;

import org.apache.commons.rng.UniformRandomProvider;
import org.micmac4j.InfluenceMatrix;

/** Makes one Monte Carlo draw's matrix, reusing a worker's buffers. */
interface DrawSource {
    /**
     * @param rng the draw's generator
     * @return the draw's matrix (the same instance in every draw when nothing is drawn: matrices
     *     are immutable)
     */
    InfluenceMatrix draw(UniformRandomProvider rng);

    /** @return a source for another thread (own scratch buffers) */
    DrawSource copy();
}
