/**
 * Files in and out. {@link org.micmac4j.io.CsvTable} is the one reader under every matrix format
 * (a header row of labels, rows that start with a label; comma, semicolon or tab; RFC 4180
 * quoting; {@code #} comments); {@link org.micmac4j.io.XlsxTables} reads Excel sheets as the same
 * tables (Apache POI, optional); {@link org.micmac4j.io.MatrixCsv} reads and writes
 * {@link org.micmac4j.InfluenceMatrix} files and {@link org.micmac4j.io.VariablesCsv} reads
 * variables files ({@code id,name,group,description}); {@link org.micmac4j.io.ReportFolder} writes
 * report folders atomically, only over the files micmac4j wrote itself, never through links.
 * Every input fault throws an {@link org.micmac4j.InvalidInputException} naming the file (and
 * sheet), line, row and column.
 *
 * <pre>{@code
 * InfluenceMatrix m = MatrixCsv.read(Path.of("matrix.csv"), Path.of("variables.csv"));
 * }</pre>
 *
 * <p>Depends on the root package (the types it reads into), the internal cell parser and message
 * templates, Apache Commons CSV and, when present, Apache POI. Used by callers, by every reader of
 * the analysis packages (ISM, DEMATEL, fuzzy, experts, morphological analysis, CIB files), by the
 * reports and by the command line.
 */
package org.micmac4j.io;
