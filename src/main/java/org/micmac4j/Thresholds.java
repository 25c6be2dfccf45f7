package org.micmac4j;

/**
 * The split of a two-axis plane (MICMAC: influence / dependence on the comparable scale;
 * ISM-MICMAC: driving / dependence power).
 *
 * @param rule the rule that produced them
 * @param influence threshold on the influence (ISM: driving power) axis; a value equal to it
 *     counts as high, 0 never does ({@link SplitRule#isHigh})
 * @param dependence threshold on the dependence axis
 */
public record Thresholds(SplitRule rule, double influence, double dependence) {
}
