package org.micmac4j.ism;

/** Whether the final reachability matrix is the transitive closure of the input or the input itself. */
public enum ClosureMode {
    /**
     * The final reachability matrix is the transitive closure of the initial one; the cells the
     * closure adds are the transitive cells (printed 1*). The default.
     */
    TRANSITIVE,
    /**
     * The input is taken as the final reachability matrix, as given, without closing it. Use it
     * to reproduce a publication whose printed matrix is not transitively closed and whose levels
     * follow that matrix. The transitive cells are then the cells marked {@code 1*} in the input.
     */
    AS_GIVEN
}
