/**
 * DEMATEL: normalised direct relation N, total relation T = N (I - N)^-1, D and R (found by
 * linear solves without forming T), prominence D + R, relation D - R, cause and effect roles, the
 * threshold on T and its relations, weights and spectral diagnostics. Entry point:
 * {@link org.micmac4j.dematel.Dematel}; the method and its sources: docs/METHOD.md §8.2.
 *
 * <pre>{@code
 * DematelResult r = Dematel.withDefaults().analyze(DirectRelationMatrix.read(CsvTable.read(path)));
 * r.scores();   // D, R, D + R, D - R, role and weight of each variable
 * }</pre>
 *
 * <p>Depends on the root package (variables, rankings, errors), {@code io} (reading) and
 * {@code internal.linalg} (the linear solves and the spectrum). Used by callers, the operators
 * ({@code IndirectOperators.dematel()}), reports and the command line.
 */
package org.micmac4j.dematel;
