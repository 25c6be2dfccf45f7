package org.micmac4j.report;


import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writing a rendered report folder; shared by every report. Internal helper. */
final class ReportFiles {
    /** The declaration a stand-alone SVG file starts with (inline copies in HTML go without). */
    static final String XML_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

    private ReportFiles() {
    }

    /**
     * @param svgs file name to SVG markup
     * @return a modifiable copy with each document preceded by the XML declaration
     */
    static Map<String, String> withDeclarations(Map<String, String> svgs) {
        Map<String, String> files = new LinkedHashMap<>();
        svgs.forEach((name, svg) -> files.put(name, XML_DECLARATION + svg));
        return files;
    }

    /**
     * Writes the files, creating the folder if needed; existing files of the same names are
     * replaced.
     *
     * @param files file name to content
     * @param dir the folder
     * @return the files written
     * @throws IOException when the folder or a file cannot be written
     */
    static List<Path> write(Map<String, String> files, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, String> e : files.entrySet()) {
            Path file = dir.resolve(e.getKey());
            Files.writeString(file, e.getValue(), StandardCharsets.UTF_8);
            written.add(file);
        }
        return written;
    }
}
