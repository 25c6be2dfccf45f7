package org.micmac4j;

import java.util.List;

/**
 * How the order k of an indirect view was reached: the order, whether the ranking was stable there
 * (both rank vectors equal to those of the previous {@code window} orders), why the iteration
 * stopped, and the per-order stability report.
 *
 * @param order the order k used
 * @param stable whether both rank vectors at k equal those at the previous {@code window} orders
 * @param stopReason why the iteration stopped at k
 * @param window the stability window used
 * @param orders one entry per order 2..k, unmodifiable
 */
public record IterationReport(int order, boolean stable, StopReason stopReason, int window,
        List<OrderStability> orders) {

    /**
     * @param order k
     * @param stable stable at k
     * @param stopReason why it stopped
     * @param window stability window
     * @param orders the per-order report, copied
     */
    public IterationReport {
        orders = List.copyOf(orders);
    }
}
