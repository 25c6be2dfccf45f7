package org.micmac4j.internal.cpu;

/**
 * Whether this JVM runs the Vector API kernels: only when it was started with
 * {@code --add-modules jdk.incubator.vector} (the module is then in the boot layer), the system
 * property {@code micmac4j.vector} is not {@code false}, and the vector kernel class loads. A leaf
 * of its own so that both the kernels (which load them) and the storage rule (whose sparse
 * threshold depends on them) can ask without depending on each other.
 */
public final class VectorApi {
    /** The class holding the vector kernels, loaded reflectively so that plain Java 17 never sees it. */
    public static final String KERNELS_CLASS = "org.micmac4j.internal.kernel.VectorKernels";
    private static final boolean AVAILABLE = probe();

    private VectorApi() {
    }

    /** @return whether the Vector API kernels are in use */
    public static boolean available() {
        return AVAILABLE;
    }

    private static boolean probe() {
        if (!Boolean.parseBoolean(System.getProperty("micmac4j.vector", "true"))
                || ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
            return false;
        }
        try {
            Class.forName(KERNELS_CLASS, false, VectorApi.class.getClassLoader());
            return true;
        } catch (ReflectiveOperationException | LinkageError e) {
            // A jar built without the vector classes: stay scalar.
            return false;
        }
    }
}
