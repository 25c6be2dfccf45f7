package org.micmac4j.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.micmac4j.InfluenceMatrix;
import org.micmac4j.InvalidInputException;
import org.micmac4j.Scale;
import org.micmac4j.io.MatrixCsv;
import org.micmac4j.io.Sheet;
import org.micmac4j.io.VariablesCsv;

/**
 * A matrix to analyse with what a report should say about its origin: the bundled example study
 * (from the classpath) or files given on the command line.
 *
 * @param matrix the matrix, with described variables when a variables file was given
 * @param title a title for reports
 * @param notes statements to show in reports: the illustrative-data statement of the bundled
 *     study, or the {@code #} comment lines of a matrix file
 */
record StudyInput(InfluenceMatrix matrix, String title, List<String> notes) {
    /** Classpath folder of the bundled study. */
    public static final String BUNDLED = "/org/micmac4j/data/hdf-industry-2040/";

    /** The statement every output made from the bundled matrix carries. */
    public static final String ILLUSTRATIVE = "This analysis uses the micmac4j example data for the Hauts-de-France "
            + "industry 2040 foresight study: the 29 variables and 6 blocks are the study's, but the influence scores "
            + "are ILLUSTRATIVE, authored for micmac4j from the variables' meaning. They are NOT the study's own "
            + "matrix, which is not published: do not draw conclusions about the region from them.";

    /**
     * @param matrix the matrix
     * @param title the title
     * @param notes the notes, copied
     */
    public StudyInput {
        notes = List.copyOf(notes);
    }

    /**
     * @return the bundled Hauts-de-France industry 2040 example (29 variables, illustrative scores)
     * @throws IOException when the resources are missing from the jar
     */
    public static StudyInput bundled() throws IOException {
        String m = resource("matrix.csv");
        String v = resource("variables.csv");
        InfluenceMatrix matrix = MatrixCsv.withVariables(MatrixCsv.parse(m, "bundled matrix.csv", Scale.CLASSIC),
                VariablesCsv.parse(v, "bundled variables.csv"), "bundled variables.csv");
        return new StudyInput(matrix, "Hauts-de-France industry 2040 (illustrative example)", List.of(ILLUSTRATIVE));
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = StudyInput.class.getResourceAsStream(BUNDLED + name)) {
            if (in == null) {
                throw new IOException("bundled resource " + BUNDLED + name + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * Reads a matrix file and, optionally, a variables file.
     *
     * @param matrixFile the matrix CSV
     * @param variablesFile the variables CSV, or null
     * @param scale the scale that validates the cells
     * @return the input, its notes being the matrix file's comment lines
     * @throws IOException when a file cannot be read
     * @throws InvalidInputException when a file is missing or malformed (the message names it)
     */
    public static StudyInput read(Path matrixFile, Path variablesFile, Scale scale) throws IOException {
        return read(matrixFile, Sheet.FIRST, variablesFile, Sheet.FIRST, scale);
    }

    /**
     * Reads a matrix file or workbook sheet and, optionally, a variables file or sheet.
     *
     * @param matrixFile the matrix CSV or workbook
     * @param matrixSheet the matrix's sheet in a workbook
     * @param variablesFile the variables CSV or workbook, or null
     * @param variablesSheet the variables' sheet in a workbook
     * @param scale the scale that validates the cells
     * @return the input, its notes being the matrix's comment lines
     * @throws IOException when a file cannot be read
     * @throws InvalidInputException when a file or sheet is missing or malformed (the message names it)
     */
    public static StudyInput read(Path matrixFile, Sheet matrixSheet, Path variablesFile, Sheet variablesSheet,
            Scale scale) throws IOException {
        requireFile(matrixFile, "matrix");
        MatrixCsv.Contents contents = MatrixCsv.readWithComments(matrixFile, matrixSheet, scale);
        InfluenceMatrix matrix = contents.matrix();
        if (variablesFile != null) {
            requireFile(variablesFile, "variables");
            matrix = MatrixCsv.withVariables(matrix, VariablesCsv.read(variablesFile, variablesSheet),
                    variablesFile.toString());
        }
        List<String> notes = new ArrayList<>();
        for (String c : contents.comments()) {
            if (!c.isBlank()) {
                notes.add(c.strip());
            }
        }
        return new StudyInput(matrix, String.valueOf(matrixFile.getFileName()), notes);
    }

    /**
     * Checks that an input file exists and can be read, before a reader meets it.
     *
     * @param file the file
     * @param what what it should hold, for the message ("matrix", "SSIM", ...)
     * @throws InvalidInputException naming the file when it is missing, a folder or unreadable
     */
    static void requireFile(Path file, String what) {
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException(file + ": no such " + what + " file"
                    + (Files.isDirectory(file) ? " (it is a folder)" : ""));
        }
        if (!Files.isReadable(file)) {
            throw new InvalidInputException(file + ": the " + what + " file cannot be read (permission denied)");
        }
    }
}
