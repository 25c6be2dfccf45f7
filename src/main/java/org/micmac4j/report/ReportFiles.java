package org.micmac4j.report;


import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.micmac4j.io.ReportFolder;

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
     * Writes the files atomically by {@link ReportFolder}: never a half-written report, never a
     * file micmac4j did not write itself, never through a symbolic link.
     *
     * @param files file name to content
     * @param dir the folder
     * @return the files written
     * @throws IOException when the folder or a file cannot be written, or a file of a report's
     *     name was not written by micmac4j ({@link java.nio.file.FileAlreadyExistsException})
     */
    static List<Path> write(Map<String, String> files, Path dir) throws IOException {
        return ReportFolder.of(dir).write(files);
    }
}
