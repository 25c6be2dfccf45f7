package org.micmac4j.cli;

import org.micmac4j.internal.cpu.VectorApi;

import picocli.CommandLine.IVersionProvider;

/**
 * {@code micmac --version}: the version, the JVM, and whether the Vector API kernels run (they
 * need {@code --add-modules jdk.incubator.vector}, which the {@code bin/micmac} launcher adds).
 */
final class VersionInfo implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"micmac4j 0.1.0",
            "Java " + Runtime.version() + " (" + System.getProperty("java.vendor", "?") + ")",
            "Vector API kernels: " + (VectorApi.available() ? "on"
                    : "off (start the JVM with --add-modules jdk.incubator.vector, as bin/micmac does)")};
    }
}
