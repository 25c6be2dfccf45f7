package org.micmac4j;

/**
 * The split of the influence / dependence plane of one view, on the comparable scale.
 *
 * @param rule the rule that produced them
 * @param influence threshold on the influence axis (a value equal to it counts as high)
 * @param dependence threshold on the dependence axis
 */
public record Thresholds(SplitRule rule, double influence, double dependence) {
}
