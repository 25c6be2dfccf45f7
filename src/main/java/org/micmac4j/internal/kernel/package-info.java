/**
 * The numeric kernels: one fused ranking step x ← M·x, y ← yᵀ·M per order over each storage
 * layout (doubles, bytes, compressed rows), their multi-threaded variants, Vector API versions
 * loaded only when the JVM has {@code jdk.incubator.vector} (sources under
 * {@code src/main/java-simd}), and full matrix powers by repeated squaring over a packed GEMM in
 * the BLIS style ({@link org.micmac4j.internal.kernel.PackedGemm}: packing, blocking, a register
 * micro-kernel in plain Java or the Vector API). Every kernel is tested against the naive
 * reference loop. Each kernel's Javadoc gives its formula and says which
 * arguments it overwrites. Internal, not API.
 *
 * <p>Depends on {@code internal.store} (the layouts it reads), {@code internal.cpu} and
 * {@code internal.parallel} (its threads). Used by
 * {@code internal} (the Perron iteration), the root package (the indirect iteration), the
 * operators and the command line (which reports whether the Vector API runs).
 */
package org.micmac4j.internal.kernel;
