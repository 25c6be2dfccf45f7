package org.micmac4j.cib;

import java.util.Comparator;
import java.util.List;

import org.micmac4j.scenario.ScenarioSpace;

/**
 * The leverage cells of a matrix ({@link Leverage}), most fragile first.
 *
 * @param config the analysis that produced it
 * @param space the scenario space
 * @param scale S: every change keeps its cell within −S..+S
 * @param cells the cells whose smallest in-scale change alters the solution set (unmodifiable)
 */
public record LeverageResult(Leverage config, ScenarioSpace space, int scale, List<Cell> cells) {
    /** |change| ascending, decreases first, more scenarios changed first, then row, then column. */
    static final Comparator<Cell> FRAGILE_FIRST = Comparator.comparingInt((Cell c) -> Math.abs(c.change()))
            .thenComparingInt(Cell::change)
            .thenComparing(Comparator.comparingInt((Cell c) -> c.effect().gained().size() + c.effect().lost().size())
                    .reversed())
            .thenComparingInt(Cell::from).thenComparingInt(Cell::to);

    /**
     * The list is copied.
     *
     * @param config the analysis that produced it
     * @param space the scenario space
     * @param scale S
     * @param cells the cells, most fragile first
     */
    public LeverageResult {
        cells = List.copyOf(cells);
    }

    /**
     * One leverage cell.
     *
     * @param from the impacting variant (row), a flat index ({@link ScenarioSpace#label(int)} names it)
     * @param to the impacted variant (column), a flat index
     * @param value the cell's judgement
     * @param change k, the smallest change that alters the solution set (the cell becomes value + k)
     * @param effect the scenarios the solution set gains and loses with that change
     */
    public record Cell(int from, int to, int value, int change, KernelChange effect) {
    }
}
