package org.micmac4j.ism;

/**
 * How the levels of the ISM partition are numbered. Both numberings label the same partition
 * (the same groups of variables, found by the same iterations); only the numbers differ.
 */
public enum LevelNumbering {
    /**
     * Level I holds the variables removed at the first iteration: those that reach nothing outside
     * their own level (the top of the hierarchy, the "sinks"); the sources get the highest number.
     * The usual ISM convention (Warfield) and the default.
     */
    FROM_SINKS,
    /**
     * Level I holds the variables removed at the last iteration (the sources, the bottom of the
     * hierarchy); with L levels, a variable numbered k from the sinks is numbered L + 1 - k.
     */
    FROM_SOURCES
}
