package org.micmac4j.cib.io;

import java.util.List;

import org.micmac4j.cib.CibMatrix;

/**
 * A ScenarioWizard project as read by {@link ScwReader}.
 *
 * @param version the first line, e.g. {@code "$ ScenarioWizard 4.0"}
 * @param title the second line (ScenarioWizard writes the project's file name there)
 * @param matrix the judgement matrix; its descriptors and variants carry the short names as ids
 *        and the long names, where the file has them, as names
 * @param colours one colour per variant (hex text as written, e.g. {@code FFFFFF}); empty when the
 *        file has none
 * @param justifications the justification entries after the matrix, in file order
 */
public record ScwProject(String version, String title, CibMatrix matrix, List<String> colours,
        List<Justification> justifications) {
    /**
     * Lists are copied.
     *
     * @param version the first line, e.g. {@code "$ ScenarioWizard 4.0"}
     * @param title the second line (ScenarioWizard writes the project's file name there)
     * @param matrix the judgement matrix; its descriptors and variants carry the short names as ids and the
     *     long names, where the file has them, as names
     * @param colours one colour per variant (hex text as written, e.g. {@code FFFFFF}); empty when the file
     *     has none
     * @param justifications the justification entries after the matrix, in file order
     */
    public ScwProject {
        colours = List.copyOf(colours);
        justifications = List.copyOf(justifications);
    }

    /**
     * One justification entry: its header line (e.g. {@code "# 0-0"} or {@code "#  -> "}) and its
     * text (the quoted lines that follow, quotes removed, lines joined by a newline).
     *
     * @param header the header line as written
     * @param text the text, empty when none
     */
    public record Justification(String header, String text) {
    }
}
