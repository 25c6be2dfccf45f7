/**
 * DEMATEL: normalised direct relation, total relation T = N (I - N)^-1 by an LU solve, D and R,
 * prominence D + R, relation D - R, cause/effect groups, thresholds and relations, weights and
 * spectral diagnostics. Entry point: {@link org.micmac4j.dematel.Dematel}.
 *
 * <pre>{@code
 * DematelResult r = Dematel.withDefaults().analyze(DirectRelationMatrix.read(CsvTable.read(path)));
 * r.scores();   // D, R, D + R, D - R, group and weight of each variable
 * }</pre>
 *
 * <p>Depends on the root package (variables, rankings, errors), {@code io} (reading) and
 * {@code internal.linalg} (the LU solve and the spectrum). Used by callers, the operators
 * ({@code IndirectOperators.dematel()}), reports and the command line.
 */
package org.micmac4j.dematel;
