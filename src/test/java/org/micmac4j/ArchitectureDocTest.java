package org.micmac4j;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The package diagram of {@code docs/ARCHITECTURE.md} stays current: every package of the
 * library (a folder of {@code src/main/java} with a {@code package-info.java}) is named on the
 * page, by its name below {@code org.micmac4j} ({@code report.cib}, {@code internal.random}).
 * Where a package sits is {@link LayersTest}'s to enforce; this test makes a new package show up
 * in the picture.
 */
class ArchitectureDocTest {
    private static final Path ROOT = Path.of("src", "main", "java", "org", "micmac4j");

    @Test
    void everyPackageIsOnThePage() throws IOException {
        String page = Files.readString(Path.of("docs", "ARCHITECTURE.md"), StandardCharsets.UTF_8);
        List<String> packages;
        try (Stream<Path> files = Files.walk(ROOT)) {
            packages = files.filter(p -> p.getFileName().toString().equals("package-info.java"))
                    .map(p -> ROOT.relativize(p.getParent()).toString().replace('/', '.').replace('\\', '.'))
                    .sorted().toList();
        }
        assertTrue(packages.size() > 20, "packages found: " + packages);
        List<String> missing = packages.stream()
                .filter(p -> !p.isEmpty() && !Pattern.compile("(?<![\\w.])" + Pattern.quote(p) + "(?![\\w])")
                        .matcher(page).find())
                .toList();
        assertTrue(missing.isEmpty(), "docs/ARCHITECTURE.md does not show the packages " + missing);
        assertTrue(page.contains("org.micmac4j"), "the root package is missing");
    }
}
