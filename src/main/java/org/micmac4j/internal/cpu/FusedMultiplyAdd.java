package org.micmac4j.internal.cpu;

import java.lang.management.ManagementFactory;
import java.lang.management.PlatformManagedObject;

/**
 * Whether {@link Math#fma(double, double, double)} runs as one instruction on this JVM. HotSpot
 * says so through its {@code UseFMA} option (set when the processor has FMA3); without it
 * {@code Math.fma} falls back to exact {@code BigDecimal} arithmetic, a hundred times slower than
 * a multiply and an add. The option is read reflectively through the platform MXBean, so that
 * nothing here needs the {@code jdk.management} module at compile time; on a JVM that does not
 * answer, the answer is no. The system property {@code micmac4j.fma=false} forces no (tests use it
 * to run the plain kernels' other path).
 */
public final class FusedMultiplyAdd {
    private static final boolean IN_HARDWARE = probe();

    private FusedMultiplyAdd() {
    }

    /** @return whether {@code Math.fma} is a single hardware instruction here */
    public static boolean inHardware() {
        return IN_HARDWARE;
    }

    @SuppressWarnings("unchecked")
    private static boolean probe() {
        if (!Boolean.parseBoolean(System.getProperty("micmac4j.fma", "true"))) {
            return false;
        }
        try {
            Class<?> type = Class.forName("com.sun.management.HotSpotDiagnosticMXBean");
            Object bean = ManagementFactory.getPlatformMXBean((Class<? extends PlatformManagedObject>) type);
            Object option = type.getMethod("getVMOption", String.class).invoke(bean, "UseFMA");
            return "true".equals(option.getClass().getMethod("getValue").invoke(option));
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            // Not HotSpot, or no jdk.management module: assume no FMA (the safe, merely slower, choice).
            return false;
        }
    }
}
