package org.micmac4j.cib.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.micmac4j.InvalidInputException;
import org.micmac4j.cib.CibMatrix;
import org.micmac4j.internal.Messages;
import org.micmac4j.io.CsvTable;
import org.micmac4j.io.Sheet;

/**
 * A cross-impact matrix read from a ScenarioWizard project ({@code .scw}) or a table ({@code .csv},
 * or a sheet of an {@code .xlsx} workbook: {@link CibCsv}), told apart by the file's extension,
 * with what a report should say about its origin; and the members of an ensemble, given as files
 * or folders ({@link #readEnsemble}).
 *
 * <pre>{@code
 * CibInput in = CibInput.read(Path.of("study.scw"));
 * List<CibInput> panel = CibInput.readEnsemble(List.of(Path.of("experts/")));  // its .csv and .scw files
 * }</pre>
 *
 * @param matrix the matrix
 * @param title a title for reports: the project's title, or the file name
 * @param notes the {@code #} comment lines of a CSV file (e.g. an "illustrative" statement)
 * @param name the file name without its extension (a member's name in an ensemble)
 */
public record CibInput(CibMatrix matrix, String title, List<String> notes, String name) {
    /**
     * @param matrix the matrix
     * @param title the title
     * @param notes the notes, copied
     * @param name the name
     */
    public CibInput {
        notes = List.copyOf(notes);
    }

    /**
     * Reads one matrix.
     *
     * @param file a {@code .scw} project, or a CSV file (or workbook) with {@code DESCRIPTOR:variant} labels
     * @return the matrix and its origin
     * @throws IOException when the file cannot be read
     * @throws InvalidInputException naming the file (line, cell) at fault
     */
    public static CibInput read(Path file) throws IOException {
        Messages.require(Files.isRegularFile(file), "%s: no such cross-impact matrix file%s", file,
                Files.isDirectory(file) ? " (it is a folder)" : "");
        String fileName = String.valueOf(file.getFileName());
        String name = fileName.lastIndexOf('.') > 0 ? fileName.substring(0, fileName.lastIndexOf('.')) : fileName;
        if (fileName.toLowerCase(Locale.ROOT).endsWith(".scw")) {
            ScwProject p = ScwReader.read(file);
            return new CibInput(p.matrix(), p.title() == null || p.title().isBlank() ? fileName : p.title(),
                    List.of(), name);
        }
        CsvTable t = CsvTable.readSquare(file, Sheet.FIRST);
        return new CibInput(CibCsv.fromTable(t), fileName,
                t.comments().stream().map(String::strip).filter(c -> !c.isEmpty()).toList(), name);
    }

    /**
     * The members' files of an ensemble: each argument that is a file, and for each folder its
     * {@code .csv} and {@code .scw} files (any case; hidden files, whose name starts with a dot,
     * left out) in name order.
     *
     * @param filesOrFolders the arguments
     * @return the files, in order
     * @throws IOException when a folder cannot be listed
     * @throws InvalidInputException when a folder holds no matrix file
     */
    public static List<Path> ensembleFiles(List<Path> filesOrFolders) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path f : filesOrFolders) {
            if (!Files.isDirectory(f)) {
                out.add(f);
                continue;
            }
            List<Path> inside;
            try (Stream<Path> s = Files.list(f)) {
                inside = s.filter(p -> Files.isRegularFile(p) && isMatrixFile(p)).sorted().toList();
            }
            Messages.require(!inside.isEmpty(), "%s: no .csv or .scw matrix in the folder", f);
            out.addAll(inside);
        }
        return out;
    }

    private static boolean isMatrixFile(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return !n.startsWith(".") && (n.endsWith(".csv") || n.endsWith(".scw"));
    }

    /**
     * Reads the members of an ensemble ({@link #ensembleFiles}), each matrix aligned to the first
     * member's descriptors and variants (matched by id, in any order).
     *
     * @param filesOrFolders files, or folders standing for their matrix files
     * @return the members, in order; every matrix over the first member's scenario space
     * @throws IOException when a file cannot be read
     * @throws InvalidInputException naming the file at fault: unreadable, not over the first
     *     member's descriptors and variants, or two members with the same name
     */
    public static List<CibInput> readEnsemble(List<Path> filesOrFolders) throws IOException {
        List<Path> files = ensembleFiles(filesOrFolders);
        List<CibInput> members = new ArrayList<>();
        Map<String, Path> names = new HashMap<>();
        for (Path f : files) {
            CibInput in = read(f);
            Path before = names.putIfAbsent(in.name().toLowerCase(Locale.ROOT), f);
            Messages.require(before == null, "%s and %s would be two members named '%s' (names are compared "
                    + "ignoring case): keep one", before, f, Messages.token(in.name()));
            if (!members.isEmpty()) {
                try {
                    in = new CibInput(in.matrix().alignedTo(members.get(0).matrix().space()), in.title(), in.notes(),
                            in.name());
                } catch (InvalidInputException e) {
                    throw new InvalidInputException(f + ": not the descriptors and variants of " + files.get(0) + ": "
                            + e.getMessage(), e);
                }
            }
            members.add(in);
        }
        return members;
    }
}
