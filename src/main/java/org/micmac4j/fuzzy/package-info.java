/**
 * Fuzzy MICMAC: linguistic scales, fuzzy matrices in [0, 1], max-min powers until they settle
 * (unit diagonal) or cycle (reported). Entry point: {@link org.micmac4j.fuzzy.FuzzyMicmac}.
 */
package org.micmac4j.fuzzy;
