package org.micmac4j.cib;

/**
 * A basin's share of the starts with a confidence interval ({@link SuccessionResult#interval}).
 * Exact weights give the share itself as both bounds.
 *
 * @param share the basin's weight / the number of starts
 * @param lower the lower confidence bound
 * @param upper the upper confidence bound
 * @param confidence the confidence level, e.g. 0.95
 */
public record ShareInterval(double share, double lower, double upper, double confidence) {
}
