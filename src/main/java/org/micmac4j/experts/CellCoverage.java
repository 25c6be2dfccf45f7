package org.micmac4j.experts;

/**
 * How many experts gave an opinion on one cell.
 *
 * @param from row index (influencing variable)
 * @param to column index (influenced variable)
 * @param opinions the number of experts who scored the cell (a number or P)
 */
public record CellCoverage(int from, int to, int opinions) {
}
