package org.micmac4j.ism;

/**
 * Which end of the hierarchy the level partition removes first. The two partitions differ in
 * general, not only in their numbering: a variable is placed as close as possible to the end
 * removed first.
 *
 * <p>Example: the closed matrix of A → B → C and D → C (every variable reaches itself).
 * {@link #TOP_DOWN} removes {C}, then {B, D}, then {A}; {@link #BOTTOM_UP} removes {A, D}, then
 * {B}, then {C}. D shares a level with B in the first and with A in the second.
 */
public enum Partition {
    /**
     * Warfield's partition, the default: at each iteration, among the remaining variables, the
     * level is the set of variables whose reachability set is contained in their antecedent set
     * (R(i) = R(i) ∩ A(i)): the sinks are removed first.
     */
    TOP_DOWN,
    /**
     * The mirror partition: the level is the set of variables whose antecedent set is contained in
     * their reachability set (A(i) = R(i) ∩ A(i)): the sources are removed first (the numbering
     * some tools use; with {@link LevelNumbering#FROM_SOURCES}, level 1 is the first set removed).
     */
    BOTTOM_UP
}
