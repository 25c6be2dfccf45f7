/**
 * Helpers behind the public API, not part of it: the steppers of the indirect iteration (order by
 * order, rescaled in doubles or exact in {@code BigInteger}s), competition ranks with the relative
 * tie tolerance, Kendall's tau-b by Knight's algorithm, the Perron iteration on M + I, small
 * vector operations, the strict parser of numeric cells and the checks shared by every labelled
 * matrix, the test for the optional Apache POI, and the one set of message templates for argument
 * and input checks. Public only so that the library's other packages can reach them; callers must
 * not use them.
 *
 * <p>Depends on {@code internal.kernel} and {@code internal.store}, and on the few public types it
 * serves: {@code InvalidInputException} and {@code Variable} of the root package and
 * {@code io.CsvTable} (the cells it parses). Used by every other package of the library (at least
 * for its message templates).
 */
package org.micmac4j.internal;
