package org.micmac4j.internal.kernel;

import org.micmac4j.internal.cpu.VectorApi;

/**
 * Finds out once whether the Vector API can be used, the way Lucene does: only when the JVM was
 * started with {@code --add-modules jdk.incubator.vector} (the module is then in the boot layer)
 * is {@code VectorKernels} loaded, reflectively, so that a plain Java 17 never touches the
 * incubator classes. The system property {@code micmac4j.vector=false} disables it.
 */
final class SimdSupport {
    private static final SimdKernels KERNELS = load();

    private SimdSupport() {
    }

    /** @return the kernels in use: vector or scalar */
    static SimdKernels kernels() {
        return KERNELS;
    }

    /** @return the fastest available matrix product */
    public static GemmKernel gemm() {
        return KERNELS.gemm();
    }

    /** @return true when the Vector API kernels are in use */
    public static boolean vectorized() {
        return KERNELS != SimdKernels.SCALAR;
    }

    /** @return the scalar product, always available (for tests and benchmarks) */
    public static GemmKernel scalarGemm() {
        return PlainGemm.INSTANCE;
    }

    private static SimdKernels load() {
        if (!VectorApi.available()) {
            return SimdKernels.SCALAR;
        }
        try {
            return (SimdKernels) Class.forName(VectorApi.KERNELS_CLASS).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError | ClassCastException e) {
            // A jar built without the vector classes, or an incompatible incubator API: stay scalar.
            return SimdKernels.SCALAR;
        }
    }
}
