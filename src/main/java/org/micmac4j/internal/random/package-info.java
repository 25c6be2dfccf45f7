/**
 * The one source of random numbers of micmac4j: {@link org.micmac4j.internal.random.DrawStreams},
 * one independent generator per (seed, draw index), and
 * {@link org.micmac4j.internal.random.DrawRunner}, which runs a Monte Carlo analysis's draws in
 * parallel on those generators. Built on Apache Commons RNG (generators and samplers). Internal,
 * not API: the public face is {@code org.micmac4j.Draws}.
 *
 * <p>Depends on {@code internal.parallel} and Commons RNG. Used by the experts' robustness and
 * cross-impact balance (judgement noise, sampled succession weights, inconsistency counts).
 */
package org.micmac4j.internal.random;
