package org.micmac4j.ism;

/**
 * How the levels of the ISM partition are numbered; it only numbers the sets that the
 * {@link Partition} found (the same sets, found by the same iterations).
 *
 * <p>Example: with {@link Partition#TOP_DOWN}, {@link #FROM_SINKS} numbers the first set removed
 * (the sinks) 1; {@link #FROM_SOURCES} numbers it L (L levels) and the last set removed 1. With
 * {@link Partition#BOTTOM_UP}, {@link #FROM_SOURCES} numbers the first set removed (the sources)
 * 1.
 */
public enum LevelNumbering {
    /**
     * Level 1 is the sink end of the partition: the first set removed by {@link Partition#TOP_DOWN}
     * (the top of the hierarchy, Warfield's level I), the last set removed by
     * {@link Partition#BOTTOM_UP}. The default.
     */
    FROM_SINKS,
    /**
     * Level 1 is the source end: the last set removed by {@link Partition#TOP_DOWN} (a variable
     * numbered k from the sinks is numbered L + 1 - k), the first removed by
     * {@link Partition#BOTTOM_UP}.
     */
    FROM_SOURCES
}
