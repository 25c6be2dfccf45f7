package org.micmac4j.testutil;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small folders of text files for reader tests, and what a folder holds for writer tests. */
public final class Folders {
    private Folders() {
    }

    /**
     * Creates a folder holding UTF-8 files.
     *
     * @param dir the folder to create (its parent must exist)
     * @param nameThenContent file name, content, file name, content...
     * @return the folder
     * @throws IOException when writing fails
     */
    public static Path of(Path dir, String... nameThenContent) throws IOException {
        Files.createDirectory(dir);
        for (int i = 0; i + 1 < nameThenContent.length; i += 2) {
            Files.writeString(dir.resolve(nameThenContent[i]), nameThenContent[i + 1], StandardCharsets.UTF_8);
        }
        return dir;
    }

    /**
     * @param dir a folder
     * @return the names of what it holds (hidden files and temporary files included), sorted
     * @throws IOException when it cannot be listed
     */
    public static java.util.List<String> names(Path dir) throws IOException {
        try (java.util.stream.Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
