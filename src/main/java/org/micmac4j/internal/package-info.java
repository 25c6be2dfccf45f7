/**
 * Helpers behind the public API, not part of it: competition ranks with the relative tie
 * tolerance, Kendall's tau-b by Knight's algorithm, the Perron iteration on M + I, small vector
 * operations, the strict parser of numeric cells and the checks shared by every labelled matrix
 * (over arrays and text: reading a table is {@code io.CsvTable}'s job), the test
 * for the optional Apache POI, and the one set of message templates for argument and input checks.
 * Public only so that the library's other packages can reach them; callers must not use them.
 *
 * <p>Depends on {@code internal.kernel} (the ranking step the Perron iteration runs) and, of the
 * public API, only on {@link org.micmac4j.InvalidInputException}, the exception every check
 * throws (a leaf, so it closes no cycle). Used by every other package of the library (at least for
 * its message templates). The layering is checked by {@code LayersTest}.
 */
package org.micmac4j.internal;
