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

    private final Database db;
    private final GroupCommit saves;

    /**
     * @param db the database: H2 saves go through one group-commit writer (H2 writes its file once
     *     per commit, one commit at a time, so batching is what scales); PostgreSQL saves run in
     *     parallel on the pool (the server groups the log flushes of concurrent commits itself, and
     *     one writer would serialise the statements' round trips: 988 saves/s with one writer against
     *     2,011 in parallel, in two runs on a busy machine, benchmarks/RESULTS.md)
     */
    public Store(Database db) {
        this.db = Objects.requireNonNull(db);
        this.saves = db.isPostgres() ? null : new GroupCommit(db);
    }

    /** A save: in the next group commit on H2, in its own transaction on PostgreSQL. */
    private <T> T save(Work<T> work) {
        return saves == null ? tx(work) : saves.run(work);
    }

    /** A unit of work inside one transaction. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** Stops taking saves, after those waiting are committed. */
    public void close() {
        if (saves != null) {
            saves.close();
        }
    }

    private <T> T tx(Work<T> work) {
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

    private static OffsetDateTime now() {
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
            try (PreparedStatement p = c.prepareStatement(
                    exists ? "UPDATE facilitator SET token_hash = ?, created_at = ? WHERE id = 1"
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
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO session (id_hash, csrf, expires_at) VALUES (?, ?, ?)")) {
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
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT csrf, expires_at FROM session WHERE id_hash = ? AND expires_at > ?")) {
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
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO study_round (study_id, num, opened_at) VALUES (?, 1, ?)")) {
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
        try (PreparedStatement p = c.prepareStatement(
                "SELECT title, scale, current_round, created_at FROM study WHERE id = ?")) {
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
                        out.add(new ExpertRow(rs.getLong(1), rs.getLong(2), rs.getString(3), instant(rs, 4),
                                instant(rs, 5)));
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
                    return rs.next() ? Optional.of(
                            new ExpertRow(rs.getLong(1), rs.getLong(2), rs.getString(3), instant(rs, 4),
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
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT COUNT(*) FROM expert WHERE id = ? AND study_id = ?")) {
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
     * Saves one answer and its audit line in one transaction; nothing is written when neither the
     * value nor the rationale changes. The caller gives the cell's current state, which it holds
     * under the expert's lock (the workspace keeps every open round's grid in memory, written after
     * each commit), so a save is one UPDATE (or INSERT) and its audit lines.
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
        return save(c -> {
            int updated;
            try (PreparedStatement p = c.prepareStatement(
                    "UPDATE cell SET val = ?, rationale = ?, updated_at = ? WHERE expert_id = ? AND num = ? AND "
                    + "from_idx = ? AND to_idx = ?")) {
                bindCell(p, stored);
                updated = p.executeUpdate();
            }
            if (updated == 0) {
                try (PreparedStatement p = c.prepareStatement(
                        "INSERT INTO cell (val, rationale, updated_at, expert_id, num, from_idx, to_idx) VALUES (?, "
                        + "?, ?, ?, ?, ?, ?)")) {
                    bindCell(p, stored);
                    p.executeUpdate();
                }
            }
            String actor = actor(expert);
            if (valueChanged) {
                audit(c, studyId, round, actor, "value", from, to, oldValue, value);
            }
            if (rationaleChanged) {
                audit(c, studyId, round, actor, "rationale", from, to, oldRationale, newRationale);
            }
            return stored;
        });
    }

    private static void bindCell(PreparedStatement p, CellRow c) throws SQLException {
        setNullable(p, 1, c.value());
        setNullable(p, 2, c.rationale());
        p.setObject(3, now());
        p.setLong(4, c.expertId());
        p.setInt(5, c.round());
        p.setInt(6, c.from());
        p.setInt(7, c.to());
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
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT c.expert_id, c.from_idx, c.to_idx, c.val, c.rationale "
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
            try (PreparedStatement p = c.prepareStatement(
                    "UPDATE study_round SET closed_at = ? WHERE study_id = ? AND num = ?")) {
                p.setObject(1, now);
                p.setLong(2, studyId);
                p.setInt(3, closing);
                p.executeUpdate();
            }
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO study_round (study_id, num, opened_at) VALUES (?, ?, ?)")) {
                p.setLong(1, studyId);
                p.setInt(2, next);
                p.setObject(3, now);
                p.executeUpdate();
            }
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO cell (expert_id, num, from_idx, to_idx, val, rationale, updated_at) "
                    + "SELECT c.expert_id, ?, c.from_idx, c.to_idx, c.val, c.rationale, c.updated_at FROM cell c "
                    + "JOIN expert e ON e.id = c.expert_id WHERE e.study_id = ? AND c.num = ?")) {
                p.setInt(1, next);
                p.setLong(2, studyId);
                p.setInt(3, closing);
                p.executeUpdate();
            }
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO disputed_cell (study_id, num, from_idx, to_idx, counts, rank) VALUES (?, ?, ?, ?, "
                    + "?, ?)")) {
                int rank = 0;
                for (DisputedRow d : disputed) {
                    p.setInt(6, ++rank);
                    p.setLong(1, studyId);
                    p.setInt(2, next);
                    p.setInt(3, d.from());
                    p.setInt(4, d.to());
                    StringBuilder s = new StringBuilder();
                    for (int k = 0; k < d.counts().length; k++) {
                        s.append(k == 0 ? "" : ",").append(d.counts()[k]);
                    }
                    p.setString(5, s.toString());
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
                        String[] parts = rs.getString(3).split(",");
                        int[] counts = new int[parts.length];
                        for (int k = 0; k < parts.length; k++) {
                            counts[k] = Integer.parseInt(parts[k]);
                        }
                        out.add(new DisputedRow(rs.getInt(1), rs.getInt(2), counts));
                    }
                }
            }
            return out;
        });
    }

    // ------------------------------------------------------------------ cross-impact balance

    /**
     * Sets a study's CIB descriptors, once.
     *
     * @param studyId the study
     * @param descriptors the descriptors with their variants (checked by the caller)
     * @throws StoreException when the study already has descriptors
     */
    public void setCibDescriptors(long studyId, List<Rows.DescriptorRow> descriptors) {
        tx(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM cib_descriptor WHERE study_id = ?")) {
                p.setLong(1, studyId);
                try (ResultSet rs = p.executeQuery()) {
                    rs.next();
                    if (rs.getInt(1) > 0) {
                        throw new StoreException("descriptors: this study's cross-impact descriptors are already set",
                                null);
                    }
                }
            }
            try (PreparedStatement d = c.prepareStatement(
                    "INSERT INTO cib_descriptor (study_id, idx, code, name) VALUES (?, ?, ?, ?)");
                    PreparedStatement v = c.prepareStatement(
                            "INSERT INTO cib_variant (study_id, desc_idx, idx, code, name) VALUES (?, ?, ?, ?, ?)")) {
                for (int i = 0; i < descriptors.size(); i++) {
                    Rows.DescriptorRow x = descriptors.get(i);
                    d.setLong(1, studyId);
                    d.setInt(2, i);
                    d.setString(3, x.id());
                    d.setString(4, x.name());
                    d.addBatch();
                    for (int k = 0; k < x.variants().size(); k++) {
                        v.setLong(1, studyId);
                        v.setInt(2, i);
                        v.setInt(3, k);
                        v.setString(4, x.variants().get(k).id());
                        v.setString(5, x.variants().get(k).name());
                        v.addBatch();
                    }
                }
                d.executeBatch();
                v.executeBatch();
            }
            audit(c, studyId, null, FACILITATOR, "cib descriptors set", null, null, null,
                    String.valueOf(descriptors.size()));
            return null;
        });
    }

    /**
     * @param studyId a study
     * @return its CIB descriptors (empty when not set up)
     */
    public List<Rows.DescriptorRow> cibDescriptors(long studyId) {
        return tx(c -> {
            List<String[]> ds = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT code, name FROM cib_descriptor WHERE study_id = ? ORDER BY idx")) {
                p.setLong(1, studyId);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        ds.add(new String[] {rs.getString(1), rs.getString(2)});
                    }
                }
            }
            List<List<Rows.VariantRow>> vs = new ArrayList<>();
            for (int i = 0; i < ds.size(); i++) {
                vs.add(new ArrayList<>());
            }
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT desc_idx, code, name FROM cib_variant WHERE study_id = ? ORDER BY desc_idx, idx")) {
                p.setLong(1, studyId);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        vs.get(rs.getInt(1)).add(new Rows.VariantRow(rs.getString(2), rs.getString(3)));
                    }
                }
            }
            List<Rows.DescriptorRow> out = new ArrayList<>();
            for (int i = 0; i < ds.size(); i++) {
                out.add(new Rows.DescriptorRow(ds.get(i)[0], ds.get(i)[1], List.copyOf(vs.get(i))));
            }
            return List.copyOf(out);
        });
    }

    /**
     * Saves one CIB judgement and its audit line.
     *
     * @param studyId the study
     * @param expert the expert
     * @param row the impacting variant (flat index)
     * @param col the impacted variant (flat index)
     * @param value -3..+3 or null
     * @param oldValue the current value (held in memory under the expert's lock)
     */
    public void saveCibCell(long studyId, ExpertRow expert, int row, int col, Integer value, Integer oldValue) {
        if (Objects.equals(value, oldValue)) {
            return;
        }
        save(c -> {
            int updated;
            try (PreparedStatement p = c.prepareStatement(
                    "UPDATE cib_cell SET val = ?, updated_at = ? WHERE expert_id = ? AND row_flat = ? AND col_flat = "
                    + "?")) {
                setNullable(p, 1, value);
                p.setObject(2, now());
                p.setLong(3, expert.id());
                p.setInt(4, row);
                p.setInt(5, col);
                updated = p.executeUpdate();
            }
            if (updated == 0) {
                try (PreparedStatement p = c.prepareStatement(
                        "INSERT INTO cib_cell (val, updated_at, expert_id, row_flat, col_flat) VALUES (?, ?, ?, ?, "
                        + "?)")) {
                    setNullable(p, 1, value);
                    p.setObject(2, now());
                    p.setLong(3, expert.id());
                    p.setInt(4, row);
                    p.setInt(5, col);
                    p.executeUpdate();
                }
            }
            audit(c, studyId, null, actor(expert), "cib", row, col, oldValue == null ? null : oldValue.toString(),
                    value == null ? null : value.toString());
            return null;
        });
    }

    /**
     * @param studyId a study
     * @return every CIB judgement of its experts
     */
    public List<Rows.CibCellRow> cibCells(long studyId) {
        return tx(c -> {
            List<Rows.CibCellRow> out = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT c.expert_id, c.row_flat, c.col_flat, c.val FROM cib_cell c "
                    + "JOIN expert e ON e.id = c.expert_id WHERE e.study_id = ?")) {
                p.setLong(1, studyId);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Rows.CibCellRow(rs.getLong(1), rs.getInt(2), rs.getInt(3),
                                (Integer) rs.getObject(4)));
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
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT id, num, actor, at, what, from_idx, to_idx, old_value, new_value "
                    + "FROM audit WHERE study_id = ? AND id > ? ORDER BY id")) {
                p.setLong(1, studyId);
                p.setLong(2, afterId);
                p.setMaxRows(limit);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        out.add(new AuditRow(rs.getLong(1), (Integer) rs.getObject(2), rs.getString(3), instant(rs, 4),
                                rs.getString(5), (Integer) rs.getObject(6), (Integer) rs.getObject(7), rs.getString(8),
                                rs.getString(9)));
                    }
                }
            }
            return out;
        });
    }

    private static void audit(Connection c, long studyId, Integer round, String actor, String what, Integer from,
            Integer to, String oldValue, String newValue) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO audit (study_id, num, actor, at, what, from_idx, to_idx, "
                + "old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            p.setLong(1, studyId);
            setNullable(p, 2, round);
            p.setString(3, actor);
            p.setObject(4, now());
            p.setString(5, what);
            setNullable(p, 6, from);
            setNullable(p, 7, to);
            setNullable(p, 8, oldValue);
            setNullable(p, 9, newValue);
            p.executeUpdate();
        }
    }

    private static void setNullable(PreparedStatement p, int i, String v) throws SQLException {
        p.setObject(i, v, Types.VARCHAR);
    }

    private static void setNullable(PreparedStatement p, int i, Integer v) throws SQLException {
        p.setObject(i, v, Types.INTEGER);
    }
}
