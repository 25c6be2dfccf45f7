/**
 * Dense linear algebra over plain arrays: LU solves, eigenvalues, leading eigenvectors and the
 * spectral radius. The one place that calls EJML, so that no EJML type reaches any other package.
 * Internal, not API.
 *
 * <p>Depends on EJML only. Used by {@code dematel} (the total relation and its spectrum), the
 * operators (Katz) and the structure diagnosis.
 */
package org.micmac4j.internal.linalg;
