package org.micmac4j.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.micmac4j.cib.CibMatrix;
import org.micmac4j.cib.io.CibCsv;
import org.micmac4j.cib.io.ScwProject;
import org.micmac4j.cib.io.ScwReader;
import org.micmac4j.io.CsvTable;

/**
 * A cross-impact matrix read from a ScenarioWizard project ({@code .scw}) or a CSV file, with
 * what a report should say about its origin.
 *
 * @param matrix the matrix
 * @param title a title for reports: the project's title, or the file name
 * @param notes the {@code #} comment lines of a CSV file (e.g. an "illustrative" statement)
 */
record CibInput(CibMatrix matrix, String title, List<String> notes) {
    CibInput {
        notes = List.copyOf(notes);
    }

    static CibInput read(Path file) throws IOException {
        StudyInput.requireFile(file, "cross-impact matrix");
        String name = String.valueOf(file.getFileName());
        if (name.toLowerCase(Locale.ROOT).endsWith(".scw")) {
            ScwProject p = ScwReader.read(file);
            return new CibInput(p.matrix(), p.title() == null || p.title().isBlank() ? name : p.title(), List.of());
        }
        String text = java.nio.file.Files.readString(file, java.nio.charset.StandardCharsets.UTF_8);
        CsvTable t = CsvTable.parse(text, file.toString());
        return new CibInput(CibCsv.parse(text, file.toString()), name,
                t.comments().stream().map(String::strip).filter(c -> !c.isEmpty()).toList());
    }
}
