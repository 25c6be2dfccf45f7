/**
 * Helpers behind the public API, not part of it: the steppers of the indirect iteration (order by
 * order, rescaled in doubles or exact in {@code BigInteger}s), competition ranks with the relative
 * tie tolerance, Kendall's tau-b by Knight's algorithm, the Perron iteration on M + I, small
 * vector operations, and the one set of message templates for argument and input checks. Public
 * only so that the library's other packages can reach them; callers must not use them.
 *
 * <p>Depends on {@code internal.kernel} and {@code internal.store}. Used by the root package and
 * by the analysis packages ({@code io}, {@code ism}, {@code dematel}, {@code fuzzy},
 * {@code operator}).
 */
package org.micmac4j.internal;
