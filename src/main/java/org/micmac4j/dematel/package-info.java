/**
 * DEMATEL: normalised direct relation, total relation T = N (I - N)^-1 by an LU solve, D and R,
 * prominence D + R, relation D - R, cause/effect groups, thresholds and relations, weights and
 * spectral diagnostics. Entry point: {@link org.micmac4j.dematel.Dematel}.
 */
package org.micmac4j.dematel;
