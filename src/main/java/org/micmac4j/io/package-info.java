/**
 * Reading and writing the library's inputs as delimited text. {@link org.micmac4j.io.CsvTable} is
 * the one reader under every matrix format (a header row of labels, rows that start with a label;
 * comma, semicolon or tab; RFC 4180 quoting, line breaks inside quotes included; a comment is a
 * line whose first character is {@code #}); {@link org.micmac4j.io.MatrixCsv} reads (streaming the
 * records into the matrix) and writes {@link org.micmac4j.InfluenceMatrix} files and
 * {@link org.micmac4j.io.VariablesCsv} reads and writes variables files
 * ({@code id,name,group,description}); what they write reads back equal. Every fault throws an
 * {@link org.micmac4j.InvalidInputException} naming the file, line, row and column: text that is
 * not UTF-8 or holds NUL characters included. {@link org.micmac4j.io.ReportFolder} writes report
 * folders atomically, over micmac4j's own files only.
 *
 * <p>Depends on the root package (the types it reads into) and on Apache Commons CSV. Used by
 * callers, by the ISM, DEMATEL and fuzzy readers and by the command line.
 */
package org.micmac4j.io;
