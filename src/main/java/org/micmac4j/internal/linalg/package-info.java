/**
 * Dense and iterative linear algebra over plain arrays: LU solves, GMRES for large systems, the
 * eigenvalues, leading eigenvectors and spectral radius of a matrix (power iteration certified by
 * Collatz–Wielandt bounds for large non-negative ones). It keeps EJML behind plain
 * {@code double[]} arguments, so that no EJML type reaches the API. Internal, not API.
 *
 * <p>Depends on EJML and {@code internal.parallel} (its threads). Used by the root package (the
 * convergence ratio of the structure diagnosis), {@code dematel} (the total relation, D and R, and the spectrum) and
 * the operators (Katz). The one place that calls EJML.
 */
package org.micmac4j.internal.linalg;
