package org.micmac4j.internal.kernel;

/**
 * Finds out once whether the Vector API can be used, the way Lucene does: only when the JVM was
 * started with {@code --add-modules jdk.incubator.vector} (the module is then in the boot layer)
 * is {@code VectorGemm} loaded, reflectively, so that a plain Java 17 never touches the
 * incubator classes. Setting the system property {@code micmac4j.vector=false} disables it.
 */
public final class SimdSupport {
    private static final String IMPL = "org.micmac4j.internal.kernel.VectorGemm";
    private static final GemmKernel GEMM = load();

    private SimdSupport() {
    }

    /** @return the fastest available matrix product */
    public static GemmKernel gemm() {
        return GEMM;
    }

    /** @return true when the Vector API product is in use */
    public static boolean vectorized() {
        return GEMM != Gemm.INSTANCE;
    }

    /** @return the scalar product, always available (for tests and benchmarks) */
    public static GemmKernel scalarGemm() {
        return Gemm.INSTANCE;
    }

    private static GemmKernel load() {
        if (!Boolean.parseBoolean(System.getProperty("micmac4j.vector", "true"))
                || ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
            return Gemm.INSTANCE;
        }
        try {
            return (GemmKernel) Class.forName(IMPL).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError | ClassCastException e) {
            // A jar built without the SIMD classes, or an incompatible incubator API: stay scalar.
            return Gemm.INSTANCE;
        }
    }
}
