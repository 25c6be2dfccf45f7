/**
 * Reading and writing the library's inputs as delimited text. {@link org.micmac4j.io.CsvTable} is
 * the one reader under every matrix format (a header row of labels, rows that start with a label;
 * comma, semicolon or tab; RFC 4180 quoting; {@code #} comments); {@link org.micmac4j.io.MatrixCsv}
 * reads and writes {@link org.micmac4j.InfluenceMatrix} files and
 * {@link org.micmac4j.io.VariablesCsv} reads variables files ({@code id,name,group,description}).
 * Every fault throws an {@link org.micmac4j.InvalidInputException} naming the file, line, row and
 * column.
 *
 * <p>Depends on the root package (the types it reads into) and on Apache Commons CSV. Used by
 * callers, by the ISM, DEMATEL and fuzzy readers and by the command line.
 */
package org.micmac4j.io;
