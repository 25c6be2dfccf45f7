package org.micmac4j.server.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A batch of changes written to PostgreSQL in one statement, one round trip whatever its size:
 * the grid cells and the CIB judgements inserted or updated ({@code INSERT ... ON CONFLICT DO
 * UPDATE} of {@code unnest}ed arrays, in data-modifying {@code WITH} clauses) and every audit line
 * inserted in the batch's order. Row by row, 100 concurrent saves cost 300 statements and 100
 * commits; batched, one statement and one commit. No two changes of a batch may write the same
 * answer (PostgreSQL refuses to update a row twice in one statement): {@link GroupCommit} splits
 * them.
 */
final class PgBatch {
    static final String SQL = "WITH g AS (INSERT INTO cell (expert_id, num, from_idx, to_idx, val, rationale, "
            + "updated_at) SELECT e, n, f, t, v, r, a::timestamptz FROM unnest(?::int8[], ?::int4[], ?::int4[], "
            + "?::int4[], ?::text[], ?::text[], ?::text[]) AS u(e, n, f, t, v, r, a) "
            + "ON CONFLICT (expert_id, num, from_idx, to_idx) DO UPDATE SET val = EXCLUDED.val, "
            + "rationale = EXCLUDED.rationale, updated_at = EXCLUDED.updated_at), "
            + "k AS (INSERT INTO cib_answer (expert_id, num, row_flat, col_flat, val, updated_at) "
            + "SELECT e, n, f, t, v, a::timestamptz FROM unnest(?::int8[], ?::int4[], ?::int4[], ?::int4[], "
            + "?::int4[], ?::text[]) AS u(e, n, f, t, v, a) "
            + "ON CONFLICT (expert_id, num, row_flat, col_flat) DO UPDATE SET val = EXCLUDED.val, "
            + "updated_at = EXCLUDED.updated_at) "
            + "INSERT INTO audit (study_id, num, actor, at, what, from_idx, to_idx, cell, old_value, new_value) "
            + "SELECT s, n, w, a::timestamptz, x, f, t, c, o, v FROM unnest(?::int8[], ?::int4[], ?::text[], "
            + "?::text[], ?::text[], ?::int4[], ?::int4[], ?::text[], ?::text[], ?::text[]) "
            + "WITH ORDINALITY AS u(s, n, w, a, x, f, t, c, o, v, i) ORDER BY i";

    private PgBatch() {
    }

    /**
     * Writes the changes in one statement (in the connection's transaction).
     *
     * @param c a PostgreSQL connection
     * @param changes changes of distinct answers
     * @throws SQLException when the statement fails (nothing of it is written)
     */
    static void write(Connection c, List<Change> changes) throws SQLException {
        Columns cells = new Columns();
        Columns cib = new Columns();
        Columns audit = new Columns();
        for (Change x : changes) {
            String at = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(x.at());
            Columns answers = x.cib() ? cib : cells;
            answers.add(x.expertId(), x.round(), x.from(), x.to());
            if (x.cib()) {
                answers.add(x.value() == null ? null : Integer.valueOf(x.value()));
            } else {
                answers.add(x.value(), x.rationale());
            }
            answers.add(at);
            for (Change.AuditLine a : x.audit()) {
                audit.add(a.studyId(), a.round(), a.actor(), at, a.what(), a.from(), a.to(), a.cell(), a.oldValue(),
                        a.newValue());
            }
        }
        try (PreparedStatement p = c.prepareStatement(SQL)) {
            int i = 1;
            i = cells.bind(c, p, i, "int8", "int4", "int4", "int4", "text", "text", "text");
            i = cib.bind(c, p, i, "int8", "int4", "int4", "int4", "int4", "text");
            audit.bind(c, p, i, "int8", "int4", "text", "text", "text", "int4", "int4", "text", "text", "text");
            p.executeUpdate();
        }
    }

    /** Values added row by row, bound column by column as typed arrays (int8, int4 or text). */
    private static final class Columns {
        private final List<Object> values = new ArrayList<>();

        void add(Object... row) {
            values.addAll(Arrays.asList(row));
        }

        /** Binds one array per column from parameter {@code first}; returns the next parameter. */
        int bind(Connection c, PreparedStatement p, int first, String... types) throws SQLException {
            int width = types.length;
            int rows = values.size() / width;
            for (int col = 0; col < width; col++) {
                Object[] column = switch (types[col]) {
                    case "int8" -> new Long[rows];
                    case "int4" -> new Integer[rows];
                    default -> new String[rows];
                };
                for (int r = 0; r < rows; r++) {
                    column[r] = values.get(r * width + col);
                }
                p.setArray(first + col, c.createArrayOf(types[col], column));
            }
            return first + width;
        }
    }
}
