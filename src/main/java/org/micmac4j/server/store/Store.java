package org.micmac4j.server.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.micmac4j.server.store.Rows.AuditRow;
import org.micmac4j.server.store.Rows.CellRow;
import org.micmac4j.server.store.Rows.DisputedRow;
import org.micmac4j.server.store.Rows.ExpertRow;
import org.micmac4j.server.store.Rows.SessionRow;
import org.micmac4j.server.store.Rows.StudyRow;
import org.micmac4j.server.store.Rows.VariableRow;

/**
 * Every statement of the workspace, in plain JDBC. Each public method is one transaction; a
 * method returns only after its transaction committed (so "200" means durable). SQL errors become
 * {@link StoreException}s with a one-line message.
 */
public final class Store {
    /** The facilitator, as the audit log names them. */
    public static final String FACILITATOR = "facilitator";
    /** Group-commit writers on PostgreSQL: one fills its batch while the other's commit is flushed. */
    static final int PG_WRITERS = 2;

    private final Database db;
    private final GroupCommit saves;
    private final CibStore cib = new CibStore(this);

    /**
     * @param db the database. The experts' saves go through group commit on both databases: on H2
     *     one writer (H2 writes its file once per commit, one commit at a time), each change with
     *     its own statements; on PostgreSQL {@value #PG_WRITERS} writers, each batch in one
     *     statement ({@link PgBatch}). Row by row, one PostgreSQL writer serialised three
     *     statements' round trips per save (988 saves/s against 2,011 with parallel transactions,
     *     benchmarks/RESULTS.md); batched, a batch costs one round trip and one log flush.
     */
    public Store(Database db) {
        this.db = Objects.requireNonNull(db);
        this.saves = db.isPostgres() ? new GroupCommit(db, PG_WRITERS, PgBatch::write)
                : new GroupCommit(db, 1, GroupCommit.ROW_BY_ROW);
    }

    /** A save: written in its writer's next group commit; returns once committed. */
    void save(Change change) {
        saves.run(change);
    }

    /** A unit of work inside one transaction. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** @return the statements of the cross-impact (CIB) part */
    public CibStore cib() {
        return cib;
    }

    /** Stops taking saves, after those waiting are committed. */
    public void close() {
        saves.close();
    }

    <T> T tx(Work<T> work) {
        try (Connection c = db.connection()) {
            c.setAutoCommit(false);
            try {
                T out = work.run(c);
                c.commit();
                return out;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("database error: " + String.valueOf(e.getMessage()).lines().findFirst().orElse(""),
                    e);
        }
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, int col) throws SQLException {
        OffsetDateTime t = rs.getObject(col, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    // ------------------------------------------------------------------ facilitator and sessions

    /**
     * Creates the facilitator's token at first start, or replaces it.
     *
     * @param rotate replace an existing token (and end every session)
     * @return the new token when one was made (to print once), else empty
     */
    public Optional<String> facilitatorToken(boolean rotate) {
        return tx(c -> {
            boolean exists;
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM facilitator")) {
                rs.next();
                exists = rs.getInt(1) > 0;
            }
            if (exists && !rotate) {
                return Optional.empty();
            }
            String token = Secrets.newSecret();
            try (PreparedStatement p = c.prepareStatement(exists
                    ? "UPDATE facilitator SET token_hash = ?, created_at = ? WHERE id = 1"
                    : "INSERT INTO facilitator (token_hash, created_at, id) VALUES (?, ?, 1)")) {
                p.setString(1, Secrets.hash(token));
                p.setObject(2, now());
                p.executeUpdate();
            }
            try (Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM session");
            }
            audit(c, 0, null, FACILITATOR, exists ? "token rotated" : "token created", null, null, null, null);
            return Optional.of(token);
        });
    }

    /**
     * @param token a token given by a client
     * @return whether it is the facilitator's
     */
    public boolean isFacilitatorToken(String token) {
        if (!Secrets.wellFormed(token)) {
            return false;
        }
        return tx(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM facilitator WHERE token_hash = ?")) {
                p.setString(1, Secrets.hash(token));
                try (ResultSet rs = p.executeQuery()) {
                    rs.next();
                    return rs.getInt(1) == 1;
                }
            }
        });
    }

    /**
     * Opens a facilitator session.
     *
     * @param lifetimeSeconds how long it lasts
     * @return {cookie value, csrf token}
     */
    public String[] newSession(long lifetimeSeconds) {
        String id = Secrets.newSecret();
        String csrf = Secrets.newSecret();
        tx(c -> {
            try (PreparedStatement p = c.prepareStatement("DELETE FROM session WHERE expires_at < ?")) {
                p.setObject(1, now());
                p.executeUpdate();
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO session (id_hash, csrf, expires_at) VALUES (?, "
                    + "?, ?)")) {
                p.setString(1, Secrets.hash(id));
                p.setString(2, csrf);
                p.setObject(3, now().plusSeconds(lifetimeSeconds));
                p.executeUpdate();
            }
            return null;
        });
        return new String[] {id, csrf};
    }

    /**
     * @param cookie a session cookie's value
     * @return the live session, or empty
     */
    public Optional<SessionRow> session(String cookie) {
        if (!Secrets.wellFormed(cookie)) {
            return Optional.empty();
        }
        return tx(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT csrf, expires_at FROM session WHERE id_hash = ? AND "
                    + "expires_at > ?")) {
                p.setString(1, Secrets.hash(cookie));
                p.setObject(2, now());
                try (ResultSet rs = p.executeQuery()) {
                    return rs.next() ? Optional.of(new SessionRow(rs.getString(1), instant(rs, 2))) : Optional.empty();
                }
            }
        });
    }

    /** @param cookie the session to end */
    public void endSession(String cookie) {
        if (!Secrets.wellFormed(cookie)) {
            return;
        }
        tx(c -> {
            try (PreparedStatement p = c.prepareStatement("DELETE FROM session WHERE id_hash = ?")) {
                p.setString(1, Secrets.hash(cookie));
                return p.executeUpdate();
            }
        });
    }

    // ------------------------------------------------------------------ studies

    /**
     * @param title the title
     * @param scale the scale name
     * @param variables the variables, ids unique (checked by the caller)
     * @return the new study's number; its round 1 is open
     */
    public long createStudy(String title, String scale, List<VariableRow> variables) {
        return tx(c -> {
            long id;
            OffsetDateTime now = now();
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO study (title, scale, current_round, created_at) VALUES (?, ?, 1, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                p.setString(1, title);
                p.setString(2, scale);
                p.setObject(3, now);
                p.executeUpdate();
                try (ResultSet rs = p.getGeneratedKeys()) {
                    rs.next();
                    id = rs.getLong(1);
                }
            }
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO variable (study_id, idx, code, name, grp, description) VALUES (?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < variables.size(); i++) {
                    VariableRow v = variables.get(i);
                    p.setLong(1, id);
                    p.setInt(2, i);
                    p.setString(3, v.id());
                    p.setString(4, v.name());
                    p.setString(5, v.group());
                    p.setString(6, v.description());
                    p.addBatch();
                }
                p.executeBatch();
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO study_round (study_id, num, opened_at) VALUES "
                    + "(?, 1, ?)")) {
                p.setLong(1, id);
                p.setObject(2, now);
                p.executeUpdate();
            }
            audit(c, id, null, FACILITATOR, "study created", null, null, null, title);
            return id;
        });
    }

    /** @return every study, newest first, without variables */
    public List<StudyRow> studies() {
        return tx(c -> {
            List<StudyRow> out = new ArrayList<>();
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT id, title, scale, current_round, created_at FROM study "
                            + "ORDER BY id DESC")) {
                while (rs.next()) {
                    out.add(new StudyRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), instant(rs, 5),
                            List.of()));
                }
            }
            return out;
        });
    }

    /**
     * @param id a study number
     * @return the study with its variables, or empty
     */
    public Optional<StudyRow> study(long id) {
        return tx(c -> study(c, id));
    }

    private static Optional<StudyRow> study(Connection c, long id) throws SQLException {
        String title;
        String scale;
        int round;
        Instant created;
        try (PreparedStatement p = c.prepareStatement("SELECT title, scale, current_round, created_at FROM study "
                + "WHERE id = ?")) {
            p.setLong(1, id);
            try (ResultSet rs = p.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                title = rs.getString(1);
                scale = rs.getString(2);
                round = rs.getInt(3);
                created = instant(rs, 4);
            }
        }
        List<VariableRow> vars = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(
                "SELECT code, name, grp, description FROM variable WHERE study_id = ? ORDER BY idx")) {
            p.setLong(1, id);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    vars.add(new VariableRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                }
            }
        }
        return Optional.of(new StudyRow(id, title, scale, round, created, List.copyOf(vars)));
    }

    // ------------------------------------------------------------------ experts

    /**
     * Invites an expert.
     *
     * @param studyId the study
     * @param name a name unique in the study (checked by the caller; the database enforces it)
     * @return the expert and the link's secret (to show once)
     */
    public Invitation addExpert(long studyId, String name) {
        String secret = Secrets.newSecret();
        return tx(c -> {
            OffsetDateTime now = now();
            long id;
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO expert (study_id, name, secret_hash, created_at) VALUES (?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                p.setLong(1, studyId);
                p.setString(2, name);
                p.setString(3, Secrets.hash(secret));
                p.setObject(4, now);
                p.executeUpdate();
                try (ResultSet rs = p.getGeneratedKeys()) {
                    rs.next();
                    id = rs.getLong(1);
                }
            }
            audit(c, studyId, null, FACILITATOR, "expert invited", null, null, null, name + " (#" + id + ")");
            return new Invitation(new ExpertRow(id, studyId, name, now.toInstant(), null), secret);
        });
    }

    /**
     * An invited expert and the secret of their link.
     *
     * @param expert the expert
     * @param secret the secret (not stored: only its hash is)
     */
    public record Invitation(ExpertRow expert, String secret) {
    }

    /**
     * @param studyId a study
     * @return its experts in order of invitation
     */
    public List<ExpertRow> experts(long studyId) {
        return tx(c -> {
            List<ExpertRow> out = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT id, study_id, name, created_at, revoked_at FROM expert WHERE study_id = ? ORDER BY id")) {
                p.setLong(1, studyId);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        out.add(new ExpertRow(rs.getLong(1), rs.getLong(2), rs.getString(3), instant(rs, 4), instant(rs,
                                5)));
                    }
                }
            }
            return out;
        });
    }

    /**
     * @param secret a link's secret
     * @return its expert (revoked or not), or empty
     */
    public Optional<ExpertRow> expertBySecret(String secret) {
        if (!Secrets.wellFormed(secret)) {
            return Optional.empty();
        }
        return tx(c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT id, study_id, name, created_at, revoked_at FROM expert WHERE secret_hash = ?")) {
                p.setString(1, Secrets.hash(secret));
                try (ResultSet rs = p.executeQuery()) {
                    return rs.next() ? Optional.of(new ExpertRow(rs.getLong(1), rs.getLong(2), rs.getString(3),
                            instant(rs, 4),
                            instant(rs, 5))) : Optional.empty();
                }
            }
        });
    }

    /**
     * Revokes an expert's link (their answers stay).
     *
     * @param studyId the study
     * @param expertId the expert
     * @return whether the expert exists in the study
     */
    public boolean revoke(long studyId, long expertId) {
        return tx(c -> {
            int n;
            try (PreparedStatement p = c.prepareStatement(
                    "UPDATE expert SET revoked_at = ? WHERE id = ? AND study_id = ? AND revoked_at IS NULL")) {
                p.setObject(1, now());
                p.setLong(2, expertId);
                p.setLong(3, studyId);
                n = p.executeUpdate();
            }
            if (n > 0) {
                audit(c, studyId, null, FACILITATOR, "expert revoked", null, null, null, "#" + expertId);
            }
            try (PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM expert WHERE id = ? AND study_id = "
                    + "?")) {
                p.setLong(1, expertId);
                p.setLong(2, studyId);
                try (ResultSet rs = p.executeQuery()) {
                    rs.next();
                    return rs.getInt(1) == 1;
                }
            }
        });
    }

    // ------------------------------------------------------------------ cells

    /**
     * Saves one answer and its audit lines in the next group commit; nothing is written when neither
     * the value nor the rationale changes. The caller gives the cell's current state, which it holds
     * under the expert's lock (the workspace keeps every open round's grid in memory, written after
     * each commit), so a save only writes: the answer (inserted or updated) and its audit lines.
     *
     * @param studyId the expert's study
     * @param expert the expert
     * @param round the round (open: checked by the caller under the study's lock)
     * @param from row
     * @param to column
     * @param value "0".."3", "P" or null
     * @param rationale the new rationale, or null to keep the current one ("" clears it)
     * @param oldValue the cell's current value
     * @param oldRationale the cell's current rationale
     * @return the cell as stored
     */
    public CellRow saveCell(long studyId, ExpertRow expert, int round, int from, int to, String value, String rationale,
            String oldValue, String oldRationale) {
        String newRationale = rationale == null ? oldRationale : rationale.isEmpty() ? null : rationale;
        boolean valueChanged = !Objects.equals(oldValue, value);
        boolean rationaleChanged = !Objects.equals(oldRationale, newRationale);
        CellRow stored = new CellRow(expert.id(), round, from, to, value, newRationale);
        if (!valueChanged && !rationaleChanged) {
            return stored;
        }
        String actor = actor(expert);
        List<Change.AuditLine> audit = new ArrayList<>(2);
        if (valueChanged) {
            audit.add(new Change.AuditLine(studyId, round, actor, "value", from, to, null, oldValue, value));
        }
        if (rationaleChanged) {
            audit.add(new Change.AuditLine(studyId, round, actor, "rationale", from, to, null, oldRationale,
                    newRationale));
        }
        save(new Change(false, expert.id(), round, from, to, value, newRationale, now(), audit));
        return stored;
    }

    /**
     * @param e an expert
     * @return how the audit log names them
     */
    public static String actor(ExpertRow e) {
        return "expert " + e.name() + " (#" + e.id() + ")";
    }

    /**
     * @param studyId a study
     * @param round a round
     * @return every stored answer of the round (values and rationales; a null value is no opinion)
     */
    public List<CellRow> cells(long studyId, int round) {
        return tx(c -> {
            List<CellRow> out = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT c.expert_id, c.from_idx, c.to_idx, c.val, "
                    + "c.rationale "
                    + "FROM cell c JOIN expert e ON e.id = c.expert_id WHERE e.study_id = ? AND c.num = ?")) {
                p.setLong(1, studyId);
                p.setInt(2, round);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        out.add(new CellRow(rs.getLong(1), round, rs.getInt(2), rs.getInt(3), rs.getString(4),
                                rs.getString(5)));
                    }
                }
            }
            return out;
        });
    }

    // ------------------------------------------------------------------ rounds

    /**
     * Closes the open round and opens the next one: every answer is carried over (the expert may
     * revise it); the disputed cells are kept with their distributions.
     *
     * @param studyId the study
     * @param closing the round being closed (must be the open one)
     * @param disputed the cells to show with the panel's distribution in the new round
     * @return the new round's number
     */
    public int nextRound(long studyId, int closing, List<DisputedRow> disputed) {
        return tx(c -> {
            int next = closing + 1;
            OffsetDateTime now = now();
            try (PreparedStatement p = c.prepareStatement(
                    "UPDATE study SET current_round = ? WHERE id = ? AND current_round = ?")) {
                p.setInt(1, next);
                p.setLong(2, studyId);
                p.setInt(3, closing);
                if (p.executeUpdate() != 1) {
                    throw new StoreException("round " + closing + " is not the open round", null);
                }
            }
            try (PreparedStatement p = c.prepareStatement("UPDATE study_round SET closed_at = ? WHERE study_id = ? "
                    + "AND num = ?")) {
                p.setObject(1, now);
                p.setLong(2, studyId);
                p.setInt(3, closing);
                p.executeUpdate();
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO study_round (study_id, num, opened_at) VALUES "
                    + "(?, ?, ?)")) {
                p.setLong(1, studyId);
                p.setInt(2, next);
                p.setObject(3, now);
                p.executeUpdate();
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO cell (expert_id, num, from_idx, to_idx, val, "
                    + "rationale, updated_at) "
                    + "SELECT c.expert_id, ?, c.from_idx, c.to_idx, c.val, c.rationale, c.updated_at FROM cell c "
                    + "JOIN expert e ON e.id = c.expert_id WHERE e.study_id = ? AND c.num = ?")) {
                p.setInt(1, next);
                p.setLong(2, studyId);
                p.setInt(3, closing);
                p.executeUpdate();
            }
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO disputed_cell (study_id, num, from_idx, to_idx, counts, rank) VALUES (?, ?, ?, ?, ?, "
                            + "?)")) {
                int rank = 0;
                for (DisputedRow d : disputed) {
                    p.setInt(6, ++rank);
                    p.setLong(1, studyId);
                    p.setInt(2, next);
                    p.setInt(3, d.from());
                    p.setInt(4, d.to());
                    p.setString(5, Rows.joinCounts(d.counts()));
                    p.addBatch();
                }
                p.executeBatch();
            }
            audit(c, studyId, closing, FACILITATOR, "round closed", null, null, null, String.valueOf(closing));
            audit(c, studyId, next, FACILITATOR, "round opened", null, null, null, String.valueOf(next));
            return next;
        });
    }

    /**
     * @param studyId a study
     * @param round a round
     * @return the disputed cells shown in that round (empty for round 1)
     */
    public List<DisputedRow> disputed(long studyId, int round) {
        return tx(c -> {
            List<DisputedRow> out = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT from_idx, to_idx, counts FROM disputed_cell WHERE study_id = ? AND num = ? ORDER BY "
                            + "rank")) {
                p.setLong(1, studyId);
                p.setInt(2, round);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        out.add(new DisputedRow(rs.getInt(1), rs.getInt(2), Rows.splitCounts(rs.getString(3))));
                    }
                }
            }
            return out;
        });
    }

    // ------------------------------------------------------------------ audit

    /**
     * @param studyId a study
     * @param afterId only lines after this one (0 for all)
     * @param limit at most this many
     * @return the study's audit lines in order
     */
    public List<AuditRow> audit(long studyId, long afterId, int limit) {
        return tx(c -> {
            List<AuditRow> out = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT id, num, actor, at, what, from_idx, to_idx, "
                    + "old_value, new_value, cell "
                    + "FROM audit WHERE study_id = ? AND id > ? ORDER BY id")) {
                p.setLong(1, studyId);
                p.setLong(2, afterId);
                p.setMaxRows(limit);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        out.add(new AuditRow(rs.getLong(1), (Integer) rs.getObject(2), rs.getString(3), instant(rs, 4),
                                rs.getString(5),
                                (Integer) rs.getObject(6), (Integer) rs.getObject(7), rs.getString(8), rs.getString(9),
                                        rs.getString(10)));
                    }
                }
            }
            return out;
        });
    }

    static void audit(Connection c, long studyId, Integer round, String actor, String what, Integer from, Integer to,
            String oldValue, String newValue) throws SQLException {
        audit(c, studyId, round, actor, what, from, to, null, oldValue, newValue);
    }

    /** An audit line; {@code cell} names a CIB cell as it was when written (null otherwise). */
    static void audit(Connection c, long studyId, Integer round, String actor, String what, Integer from, Integer to,
            String cell,
            String oldValue, String newValue) throws SQLException {
        audit(c, studyId, round, actor, now(), what, from, to, cell, oldValue, newValue);
    }

    /** An audit line at a given time. */
    static void audit(Connection c, long studyId, Integer round, String actor, OffsetDateTime at, String what,
            Integer from, Integer to, String cell, String oldValue, String newValue) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO audit (study_id, num, actor, at, what, from_idx, "
                + "to_idx, "
                + "old_value, new_value, cell) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            p.setLong(1, studyId);
            setNullable(p, 2, round);
            p.setString(3, actor);
            p.setObject(4, at);
            p.setString(5, what);
            setNullable(p, 6, from);
            setNullable(p, 7, to);
            setNullable(p, 8, oldValue);
            setNullable(p, 9, newValue);
            setNullable(p, 10, cell);
            p.executeUpdate();
        }
    }

    static void setNullable(PreparedStatement p, int i, String v) throws SQLException {
        p.setObject(i, v, Types.VARCHAR);
    }

    static void setNullable(PreparedStatement p, int i, Integer v) throws SQLException {
        p.setObject(i, v, Types.INTEGER);
    }
}
