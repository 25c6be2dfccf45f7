package org.micmac4j.internal.random;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.core.source64.L64X128Mix;
import org.apache.commons.rng.core.source64.SplitMix64;

/**
 * The generator of draw d of a run seeded with s: a pure function of (s, d), so that a draw can be
 * computed alone, on any thread or machine (a Spark task, a rerun of one draw), and equal the
 * same draw inside a whole run.
 *
 * <p><b>Scheme.</b> Draw d gets an L64X128MixRandom generator (Apache Commons RNG
 * {@link L64X128Mix}, the LXM family of Steele &amp; Vigna 2021, as in {@code java.util.random})
 * whose four seed words are
 * <pre>
 *   a  = 2d + 1                       the LCG's additive parameter (odd)
 *   s  = SplitMix64(s)[3d + 1]        the LCG's state
 *   x0 = SplitMix64(s)[3d + 2]        the xoroshiro128 state
 *   x1 = SplitMix64(s)[3d + 3]
 * </pre>
 * where SplitMix64(s)[k] is the k-th output of SplitMix64 (Steele, Lea &amp; Flood 2014) started
 * at s, i.e. mix(s + k·γ) with γ = 0x9E3779B97F4A7C15, computed directly from k.
 *
 * <p><b>Independence.</b> Draws of one run differ in their LCG additive parameter a, distinct in
 * its upper 63 bits for every d &lt; 2^63. Commons RNG documents that instances of this
 * generator "created with a different additive parameter for the LCG are robust against
 * accidental correlation in a multi-threaded setting", provided the parameters differ in their
 * upper 63 bits; it is how LXM generators are split (Steele &amp; Vigna 2021; the {@code split}
 * of {@code java.util.random} and of Commons RNG give each new instance its own additive
 * parameter): a different a gives a different LCG sequence, which the mixing function combines
 * with the xoroshiro sequence. The other three words come from disjoint blocks of one SplitMix64
 * sequence (a bijection of its counter, so no two draws share a starting state, and the
 * xoroshiro state is never all zero, since mix(z) = 0 only for z = 0), which spreads the draws'
 * starting points over the 2^192 states as independent uniform seeds would. The period of each
 * draw's generator, 2^64·(2^128 − 1), is far beyond the numbers a draw uses.
 *
 * <p>References: G. L. Steele Jr., S. Vigna (2021), "LXM: better splittable pseudorandom number
 * generators (and almost as fast)", Proc. ACM Program. Lang. 5, OOPSLA, article 148,
 * doi:10.1145/3485525. G. L. Steele Jr., D. Lea, C. H. Flood (2014), "Fast splittable
 * pseudorandom number generators", OOPSLA 2014, doi:10.1145/2660193.2660195.
 */
public final class DrawStreams {
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private DrawStreams() {
    }

    /**
     * @param seed the run's seed
     * @param draw the draw's index, ≥ 0
     * @return a new generator for that draw, the same for the same (seed, draw) on every call
     */
    public static UniformRandomProvider stream(long seed, long draw) {
        if (draw < 0) {
            throw new IllegalArgumentException("a draw index is >= 0, got " + draw);
        }
        // SplitMix64 started at `start` returns mix(start + γ), mix(start + 2γ), ...: start at
        // block 3d of the seed's sequence.
        SplitMix64 words = new SplitMix64(seed + 3 * draw * GOLDEN_GAMMA);
        long lcgState = words.nextLong();
        long x0 = words.nextLong();
        long x1 = words.nextLong();
        // L64X128Mix sets the lowest bit of its first word: a = 2d + 1.
        return new L64X128Mix(draw << 1, lcgState, x0, x1);
    }
}
