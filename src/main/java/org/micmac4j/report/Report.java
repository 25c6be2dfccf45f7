package org.micmac4j.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.micmac4j.io.AtomicFile;
import org.micmac4j.io.ReportFolder;

/**
 * The report of one kind of finding, in every form a user reads it: the terminal text, one JSON
 * document, an Excel workbook and a report folder (pictures, tables and one self-contained HTML
 * page). One implementation per family, each in its own package, all configured alike
 * (immutable, {@code withDefaults()}, {@code with...} copies, {@code *_DEFAULT} constants), the
 * way JGraphT puts one exporter behind one interface per format:
 *
 * <table>
 *   <caption>The families</caption>
 *   <tr><th>family</th><th>report</th><th>what it reports ({@code R})</th></tr>
 *   <tr><td>MICMAC</td><td>{@link org.micmac4j.report.micmac.MicmacReport}</td>
 *       <td>{@link org.micmac4j.MicmacResult}</td></tr>
 *   <tr><td>ISM</td><td>{@link org.micmac4j.report.ism.IsmReport}</td>
 *       <td>{@link org.micmac4j.ism.IsmResult}</td></tr>
 *   <tr><td>DEMATEL</td><td>{@link org.micmac4j.report.dematel.DematelReport}</td>
 *       <td>{@link org.micmac4j.dematel.DematelResult}</td></tr>
 *   <tr><td>expert panels</td><td>{@link org.micmac4j.report.experts.ExpertsReport}</td>
 *       <td>{@link org.micmac4j.report.experts.PanelFindings}</td></tr>
 *   <tr><td>cross-impact balance</td><td>{@link org.micmac4j.report.cib.CibReport}</td>
 *       <td>{@link org.micmac4j.report.cib.CibFindings}</td></tr>
 *   <tr><td>morphological analysis</td><td>{@link org.micmac4j.report.morph.MorphReport}</td>
 *       <td>{@link org.micmac4j.morph.MorphologicalResult}</td></tr>
 * </table>
 *
 * <pre>{@code
 * Report<MicmacResult> report = MicmacReport.withDefaults().withTitle("My study");
 * report.write(result, Path.of("micmac-report"));    // the folder
 * report.writeXlsx(result, Path.of("results.xlsx"));  // the workbook
 * report.writeJson(result, System.out);               // what --json prints
 * System.out.print(report.table(result));             // what the terminal shows
 * }</pre>
 *
 * <p>Every file goes through {@link AtomicFile} or {@link ReportFolder}: written whole or not at
 * all, never through a symbolic link, never over a file micmac4j did not write.
 *
 * @param <R> what the report reports: an analysis result, or a small record of the several
 *     results one report shows together
 */
public interface Report<R> {
    /**
     * The text the command line prints, for a terminal: a summary, then the main tables.
     *
     * @param result what to report
     * @return the text, lines ending in {@code \n}
     */
    String table(R result);

    /**
     * Streams the machine-readable document the command line prints with {@code --json}, one
     * line (each family documents its members); numbers are written exactly.
     *
     * @param result what to report
     * @param out where the document goes
     * @throws java.io.UncheckedIOException when {@code out} fails
     */
    void writeJson(R result, Appendable out);

    /**
     * @param result what to report
     * @return the document of {@link #writeJson}, one line
     */
    default String json(R result) {
        StringBuilder sb = new StringBuilder();
        writeJson(result, sb);
        return sb.toString();
    }

    /**
     * Writes the Excel workbook ({@code .xlsx}) of the tables, numbers as number cells, a bold
     * frozen header row and an autofilter on every sheet. Needs Apache POI, an optional
     * dependency.
     *
     * @param result what to report
     * @param out where the workbook goes (not closed)
     * @throws IOException when {@code out} fails
     * @throws UnsupportedOperationException when Apache POI is not on the class path
     */
    void writeXlsx(R result, OutputStream out) throws IOException;

    /**
     * Writes the workbook into a file through {@link AtomicFile}: the file is replaced whole or
     * not at all, never through a symbolic link.
     *
     * @param result what to report
     * @param file the {@code .xlsx} file
     * @throws IOException when the file cannot be written (the message names it)
     */
    default void writeXlsx(R result, Path file) throws IOException {
        AtomicFile.write(file, out -> writeXlsx(result, out));
    }

    /**
     * Renders the report folder in memory.
     *
     * @param result what to report
     * @return file name (relative to the folder, {@code /} between folder names) to content, the
     *     {@linkplain #page() entry page} among them
     */
    Map<String, String> render(R result);

    /**
     * @return the name of the folder's entry page, e.g. {@code report.html}
     */
    String page();

    /**
     * Writes the folder through the given writer: every file prepared first, then moved into
     * place, the entry page last.
     *
     * @param result what to report
     * @param folder the folder and its policy (e.g. {@link ReportFolder#withForce})
     * @return the files written
     * @throws IOException when a file cannot be written or a file micmac4j did not write is in the
     *     way ({@link java.nio.file.FileAlreadyExistsException})
     */
    default List<Path> write(R result, ReportFolder folder) throws IOException {
        return folder.write(render(result));
    }

    /**
     * Writes the folder, created when missing, without replacing a file micmac4j did not write.
     *
     * @param result what to report
     * @param dir the folder
     * @return the files written
     * @throws IOException when a file cannot be written or a file micmac4j did not write is in the
     *     way
     */
    default List<Path> write(R result, Path dir) throws IOException {
        return write(result, ReportFolder.of(dir));
    }
}
