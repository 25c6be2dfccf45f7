/**
 * The one way micmac4j runs work in parallel: {@link org.micmac4j.internal.parallel.Workers}, the
 * thread policy behind every {@code withThreads} of the API ({@code 0} = one thread per available
 * processor) and one shared pool of daemon threads, with one documented mode for loops of
 * very short calls ({@link org.micmac4j.internal.parallel.Team}: helpers spin between the calls
 * instead of being woken for each). Internal, not API.
 *
 * <p>Depends on nothing but the JDK. Used by the kernels ({@code internal.kernel}), the random
 * draws ({@code internal.random}), cross-impact balance and the experts' robustness.
 */
package org.micmac4j.internal.parallel;
