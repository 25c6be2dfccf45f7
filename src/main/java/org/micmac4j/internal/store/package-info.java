/**
 * Immutable storage of the cells of a square non-negative matrix: dense doubles, one byte per cell
 * for integers 0..127, or compressed sparse rows, and the rule that chooses among them from the
 * values and the fill. The choice changes memory and speed, never a result. Internal, not API.
 *
 * <p>Depends only on {@code internal.cpu} (whether the Vector API runs: its faster dense kernels
 * lower the fill below which the sparse layout pays). Used by
 * {@link org.micmac4j.InfluenceMatrix} and by every package that reads a stored matrix
 * ({@code internal}, {@code internal.kernel}, {@code internal.graph}, the operators).
 */
package org.micmac4j.internal.store;
