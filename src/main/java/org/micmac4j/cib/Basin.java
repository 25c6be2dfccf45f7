package org.micmac4j.cib;

/**
 * An attractor of the global succession and its weight: the number of start scenarios whose
 * succession ends in it (exact: over all starts, ScenarioWizard's "volume weight"; sampled: over the
 * random starts).
 *
 * @param attractor the fixed point or cycle
 * @param weight the number of starts ending in it
 */
public record Basin(Attractor attractor, long weight) {
}
