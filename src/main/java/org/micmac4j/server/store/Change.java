package org.micmac4j.server.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One expert's save as rows, for the group-commit writers: the answer to insert or update (a
 * grid cell, or a CIB judgement when {@code cib}) and its audit lines, in order. H2 writes a
 * change statement by statement ({@link #write}); PostgreSQL writes a whole batch of changes in
 * one statement ({@link PgBatch}).
 *
 * @param cib a CIB judgement (table cib_answer, integer value) rather than a grid cell (table cell)
 * @param expertId the expert
 * @param round the round
 * @param from the row (variable index, or flat variant index for CIB)
 * @param to the column
 * @param value the new value ("0".."3", "P", or "-3".."3" for CIB; null: no opinion)
 * @param rationale the cell's rationale as stored (always null for CIB)
 * @param at when: the answer's updated_at and its audit lines' time
 * @param audit the audit lines (at least one: nothing changes without a trace)
 */
record Change(boolean cib, long expertId, int round, int from, int to, String value, String rationale,
        OffsetDateTime at, List<AuditLine> audit) {

    /** An audit line of a change (its time is the change's). */
    record AuditLine(long studyId, Integer round, String actor, String what, Integer from, Integer to, String cell,
            String oldValue, String newValue) {
    }

    /** The answer a change writes: two changes of one key are written in order, never in one statement. */
    record Key(boolean cib, long expertId, int round, int from, int to) {
    }

    Change {
        audit = List.copyOf(audit);
        if (audit.isEmpty()) {
            throw new IllegalArgumentException("a change without an audit line");
        }
    }

    Key key() {
        return new Key(cib, expertId, round, from, to);
    }

    /** Writes the change with plain statements: UPDATE (or INSERT when there is no row yet), then its audit lines. */
    void write(Connection c) throws SQLException {
        int updated;
        try (PreparedStatement p = c.prepareStatement(cib
                ? "UPDATE cib_answer SET val = ?, updated_at = ? WHERE expert_id = ? AND num = ? AND row_flat = ? "
                        + "AND col_flat = ?"
                : "UPDATE cell SET val = ?, rationale = ?, updated_at = ? WHERE expert_id = ? AND num = ? AND "
                        + "from_idx = ? AND to_idx = ?")) {
            bind(p);
            updated = p.executeUpdate();
        }
        if (updated == 0) {
            try (PreparedStatement p = c.prepareStatement(cib
                    ? "INSERT INTO cib_answer (val, updated_at, expert_id, num, row_flat, col_flat) VALUES (?, ?, ?, "
                            + "?, ?, ?)"
                    : "INSERT INTO cell (val, rationale, updated_at, expert_id, num, from_idx, to_idx) VALUES (?, ?, "
                            + "?, ?, ?, ?, ?)")) {
                bind(p);
                p.executeUpdate();
            }
        }
        for (AuditLine a : audit) {
            Store.audit(c, a.studyId(), a.round(), a.actor(), at, a.what(), a.from(), a.to(), a.cell(), a.oldValue(),
                    a.newValue());
        }
    }

    private void bind(PreparedStatement p) throws SQLException {
        int i = 1;
        if (cib) {
            Store.setNullable(p, i++, value == null ? null : Integer.valueOf(value));
        } else {
            Store.setNullable(p, i++, value);
            Store.setNullable(p, i++, rationale);
        }
        p.setObject(i++, at);
        p.setLong(i++, expertId);
        p.setInt(i++, round);
        p.setInt(i++, from);
        p.setInt(i, to);
    }
}
