package org.micmac4j.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The command line in a child JVM (for what only a real process shows: exit, signals, pipes). */
final class ChildJvm {
    private ChildJvm() {
    }

    /**
     * @param jvmOptions options of the child JVM (e.g. -Xmx16m)
     * @param args the command line's arguments
     * @return a process builder running {@link Main} on the test class path
     */
    static ProcessBuilder of(List<String> jvmOptions, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }
}
