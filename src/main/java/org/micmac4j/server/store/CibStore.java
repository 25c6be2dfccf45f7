package org.micmac4j.server.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.micmac4j.server.store.Rows.CibAsideRow;
import org.micmac4j.server.store.Rows.CibCellRow;
import org.micmac4j.server.store.Rows.CibDisputedRow;
import org.micmac4j.server.store.Rows.DescriptorRow;
import org.micmac4j.server.store.Rows.ExpertRow;
import org.micmac4j.server.store.Rows.VariantRow;

/**
 * The statements of a study's cross-impact (CIB) part: descriptors and variants, each expert's
 * judgements per CIB round, the CIB rounds and their disputed judgements. Like {@link Store}: each
 * method one transaction, returning once committed, every change an audit line. Judgements are
 * addressed by flat variant indices (descriptor offset + variant), as
 * {@link org.micmac4j.scenario.ScenarioSpace} numbers them.
 */
public final class CibStore {
    /** Joins the ids of a cell put aside: a control character, which no id may hold ({@code Checks.text}). */
    private static final String SEP = "\u001f";
    private final Store store;

    CibStore(Store store) {
        this.store = store;
    }

    /**
     * Sets a study's descriptors, once.
     *
     * @param studyId the study
     * @param descriptors the descriptors with their variants (checked by the caller)
     * @throws StoreException when the study already has descriptors
     */
    public void setDescriptors(long studyId, List<DescriptorRow> descriptors) {
        store.tx(c -> {
            firstDescriptors(c, studyId, descriptors);
            return null;
        });
    }

    private static void firstDescriptors(Connection c, long studyId, List<DescriptorRow> descriptors)
            throws SQLException {
        if (!descriptors(c, studyId).isEmpty()) {
            throw new StoreException("descriptors: this study's cross-impact descriptors are already set", null);
        }
        insertDescriptors(c, studyId, descriptors);
        Store.audit(c, studyId, null, Store.FACILITATOR, "cib descriptors set", null, null, null,
                String.valueOf(descriptors.size()));
    }

    /**
     * The judgements (of every CIB round) that an edit of the descriptors would take away.
     *
     * @param studyId the study
     * @param renumber the new flat index of each old variant (-1: removed)
     * @return how many judgements, by how many experts, and the first removed variant that has some (-1: none)
     */
    public Orphans orphans(long studyId, int[] renumber) {
        return store.tx(c -> {
            int judgements = 0;
            int first = -1;
            java.util.Set<Long> experts = new java.util.HashSet<>();
            for (Object[] r : answers(c, studyId)) {
                int row = (Integer) r[2];
                int col = (Integer) r[3];
                if (r[4] != null && (renumber[row] < 0 || renumber[col] < 0)) {
                    judgements++;
                    experts.add((Long) r[0]);
                    int gone = renumber[row] < 0 ? row : col;
                    first = first < 0 ? gone : Math.min(first, gone);
                }
            }
            return new Orphans(judgements, experts.size(), first);
        });
    }

    /**
     * What an edit of the descriptors would take away.
     *
     * @param judgements how many judgements (all rounds)
     * @param experts by how many experts
     * @param firstVariant the first removed variant that has judgements (old flat index), or -1
     */
    public record Orphans(int judgements, int experts, int firstVariant) {
    }

    /**
     * Replaces a study's descriptors and renumbers the stored judgements of every round and the
     * rounds' disputed judgements. Judgements on a removed variant are not lost: they move to
     * {@code cib_removed} under their cell's ids, and come back when an edit brings back variants
     * of those ids (unless the expert has judged that cell since).
     *
     * @param studyId the study
     * @param descriptors the new descriptors (checked by the caller)
     * @param renumber the new flat index of each old variant (-1: removed)
     * @param oldIds the old variants' {descriptor id, variant id}, by old flat index
     * @param summary what changed, for the audit line
     * @return how many judgements were put aside and how many came back
     */
    public int[] replaceDescriptors(long studyId, List<DescriptorRow> descriptors, int[] renumber, String[][] oldIds,
            String summary) {
        return store.tx(c -> {
            try (PreparedStatement v = c.prepareStatement("DELETE FROM cib_variant WHERE study_id = ?");
                    PreparedStatement d = c.prepareStatement("DELETE FROM cib_descriptor WHERE study_id = ?")) {
                v.setLong(1, studyId);
                v.executeUpdate();
                d.setLong(1, studyId);
                d.executeUpdate();
            }
            insertDescriptors(c, studyId, descriptors);
            List<Object[]> rows = answers(c, studyId);
            try (PreparedStatement p = c.prepareStatement(
                    "DELETE FROM cib_answer WHERE expert_id IN (SELECT id FROM expert WHERE study_id = ?)")) {
                p.setLong(1, studyId);
                p.executeUpdate();
            }
            java.util.Set<String> kept = new java.util.HashSet<>();
            int removed = 0;
            OffsetDateTime now = Store.now();
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO cib_answer (expert_id, num, row_flat, col_flat, val, updated_at) VALUES (?, ?, ?, ?, "
                            + "?, ?)");
                    PreparedStatement gone = c.prepareStatement("DELETE FROM cib_removed WHERE expert_id = ? AND num "
                            + "= ? AND cell = ?");
                    PreparedStatement aside = c.prepareStatement("INSERT INTO cib_removed (study_id, expert_id, num, "
                            + "cell, val, updated_at, "
                            + "removed_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                for (Object[] r : rows) {
                    int row = renumber[(Integer) r[2]];
                    int col = renumber[(Integer) r[3]];
                    if (row < 0 || col < 0) {
                        if (r[4] != null) {
                            String cell = cellKey(oldIds[(Integer) r[2]], oldIds[(Integer) r[3]]);
                            gone.setLong(1, (Long) r[0]);
                            gone.setInt(2, (Integer) r[1]);
                            gone.setString(3, cell);
                            gone.executeUpdate();
                            aside.setLong(1, studyId);
                            aside.setLong(2, (Long) r[0]);
                            aside.setInt(3, (Integer) r[1]);
                            aside.setString(4, cell);
                            aside.setInt(5, (Integer) r[4]);
                            aside.setObject(6, r[5]);
                            aside.setObject(7, now);
                            aside.executeUpdate();
                            removed++;
                        }
                        continue;
                    }
                    kept.add(r[0] + ":" + r[1] + ":" + row + ":" + col);
                    insertAnswer(p, (Long) r[0], (Integer) r[1], row, col, (Integer) r[4], r[5]);
                }
                p.executeBatch();
            }
            int restored = restore(c, studyId, descriptors, kept);
            renumberDisputed(c, studyId, renumber);
            Store.audit(c, studyId, null, Store.FACILITATOR, "cib descriptors edited", null, null, null, summary);
            if (removed > 0) {
                Store.audit(c, studyId, null, Store.FACILITATOR, "cib judgements put aside", null, null, null,
                        String.valueOf(removed));
            }
            if (restored > 0) {
                Store.audit(c, studyId, null, Store.FACILITATOR, "cib judgements restored", null, null, null,
                        String.valueOf(restored));
            }
            return new int[] {removed, restored};
        });
    }

    private static void insertAnswer(PreparedStatement p, long expert, int num, int row, int col, Integer value,
            Object at)
            throws SQLException {
        p.setLong(1, expert);
        p.setInt(2, num);
        p.setInt(3, row);
        p.setInt(4, col);
        Store.setNullable(p, 5, value);
        p.setObject(6, at);
        p.addBatch();
    }

    /** A cell's ids joined by a separator that ids cannot hold (control characters are refused). */
    static String cellKey(String[] from, String[] to) {
        return String.join(SEP, from[0], from[1], to[0], to[1]);
    }

    /** Every stored judgement of the study: {expert, round, row, col, value, updated_at}. */
    private static List<Object[]> answers(Connection c, long studyId) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT a.expert_id, a.num, a.row_flat, a.col_flat, a.val, "
                + "a.updated_at "
                + "FROM cib_answer a JOIN expert e ON e.id = a.expert_id WHERE e.study_id = ?")) {
            p.setLong(1, studyId);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Object[] {rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getObject(5),
                        rs.getObject(6, OffsetDateTime.class)});
                }
            }
        }
        return rows;
    }

    /** Puts back the judgements put aside whose both variants exist again (in two descriptors), unless judged since. */
    private static int restore(Connection c, long studyId, List<DescriptorRow> descriptors,
            java.util.Set<String> kept) throws SQLException {
        java.util.Map<String, int[]> flat = new java.util.HashMap<>();
        int k = 0;
        for (int d = 0; d < descriptors.size(); d++) {
            for (VariantRow v : descriptors.get(d).variants()) {
                flat.put(descriptors.get(d).id() + SEP + v.id(), new int[] {k++, d});
            }
        }
        List<Object[]> back = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT expert_id, num, cell, val, updated_at FROM cib_removed "
                + "WHERE study_id = ?")) {
            p.setLong(1, studyId);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    String[] ids = rs.getString(3).split(SEP, -1);
                    int[] from = ids.length == 4 ? flat.get(ids[0] + SEP + ids[1]) : null;
                    int[] to = ids.length == 4 ? flat.get(ids[2] + SEP + ids[3]) : null;
                    if (from != null && to != null && from[1] != to[1]
                            && !kept.contains(rs.getLong(1) + ":" + rs.getInt(2) + ":" + from[0] + ":" + to[0])) {
                        back.add(new Object[] {rs.getLong(1), rs.getInt(2), rs.getString(3), from[0], to[0],
                                rs.getInt(4),
                            rs.getObject(5, OffsetDateTime.class)});
                    }
                }
            }
        }
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO cib_answer (expert_id, num, row_flat, col_flat, val, updated_at) VALUES (?, ?, ?, ?, ?, "
                        + "?)");
                PreparedStatement gone = c.prepareStatement("DELETE FROM cib_removed WHERE expert_id = ? AND num = ? "
                        + "AND cell = ?")) {
            for (Object[] b : back) {
                insertAnswer(p, (Long) b[0], (Integer) b[1], (Integer) b[3], (Integer) b[4], (Integer) b[5], b[6]);
                gone.setLong(1, (Long) b[0]);
                gone.setInt(2, (Integer) b[1]);
                gone.setString(3, (String) b[2]);
                gone.executeUpdate();
            }
            p.executeBatch();
        }
        return back.size();
    }

    /** The rounds' disputed judgements follow their variants (those of a removed variant are dropped). */
    private static void renumberDisputed(Connection c, long studyId, int[] renumber) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT num, row_flat, col_flat, rank, counts FROM cib_disputed "
                + "WHERE study_id = ?")) {
            p.setLong(1, studyId);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Object[] {rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getString(5)});
                }
            }
        }
        try (PreparedStatement p = c.prepareStatement("DELETE FROM cib_disputed WHERE study_id = ?")) {
            p.setLong(1, studyId);
            p.executeUpdate();
        }
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO cib_disputed (study_id, num, row_flat, col_flat, rank, counts) VALUES (?, ?, ?, ?, ?, "
                        + "?)")) {
            for (Object[] r : rows) {
                int row = renumber[(Integer) r[1]];
                int col = renumber[(Integer) r[2]];
                if (row >= 0 && col >= 0) {
                    p.setLong(1, studyId);
                    p.setInt(2, (Integer) r[0]);
                    p.setInt(3, row);
                    p.setInt(4, col);
                    p.setInt(5, (Integer) r[3]);
                    p.setString(6, (String) r[4]);
                    p.addBatch();
                }
            }
            p.executeBatch();
        }
    }

    /**
     * @param studyId a study
     * @return how many judgements are put aside (their variant removed), waiting for it to come back
     */
    public int putAside(long studyId) {
        return store.tx(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM cib_removed WHERE study_id = ?")) {
                p.setLong(1, studyId);
                try (ResultSet rs = p.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }

    /**
     * @param studyId a study
     * @return its judgements put aside, by expert, round and cell
     */
    public List<CibAsideRow> asideRows(long studyId) {
        return store.tx(c -> {
            List<CibAsideRow> out = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT expert_id, num, cell, val FROM cib_removed "
                    + "WHERE study_id = ? ORDER BY expert_id, num, cell")) {
                p.setLong(1, studyId);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        out.add(new CibAsideRow(rs.getLong(1), rs.getInt(2), List.of(rs.getString(3).split(SEP, -1)),
                                rs.getInt(4)));
                    }
                }
            }
            return out;
        });
    }

    /**
     * Restores the cross-impact rounds of an imported study, in one transaction: every round's
     * descriptors, judgements and disputed judgements, the open round, and the judgements put aside.
     * The study must have no descriptors (else nothing is written); one audit line per
     * round says how many judgements came in.
     *
     * @param studyId the study
     * @param descriptors its descriptors (checked by the caller)
     * @param judgements each round's judgements, round 1 first (the last is the open round)
     * @param disputed each round's disputed judgements, most disputed first
     * @param aside the judgements put aside (ids of 4 parts, checked by the caller)
     */
    public void restore(long studyId, List<DescriptorRow> descriptors, List<List<CibCellRow>> judgements,
            List<List<CibDisputedRow>> disputed, List<CibAsideRow> aside) {
        store.tx(c -> {
            firstDescriptors(c, studyId, descriptors);
            OffsetDateTime now = Store.now();
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO cib_answer (expert_id, num, row_flat, col_flat, val, updated_at) VALUES (?, ?, ?, ?, "
                            + "?, ?)");
                    PreparedStatement d = c.prepareStatement("INSERT INTO cib_disputed (study_id, num, row_flat, "
                            + "col_flat, rank, counts) VALUES (?, ?, ?, ?, ?, ?)")) {
                for (int r = 0; r < judgements.size(); r++) {
                    for (CibCellRow x : judgements.get(r)) {
                        insertAnswer(p, x.expertId(), r + 1, x.row(), x.col(), x.value(), now);
                    }
                    int rank = 0;
                    for (CibDisputedRow x : disputed.get(r)) {
                        d.setLong(1, studyId);
                        d.setInt(2, r + 1);
                        d.setInt(3, x.row());
                        d.setInt(4, x.col());
                        d.setInt(5, ++rank);
                        d.setString(6, Rows.joinCounts(x.counts()));
                        d.addBatch();
                    }
                    Store.audit(c, studyId, r + 1, Store.FACILITATOR, "cib judgements imported", null, null, null,
                            String.valueOf(judgements.get(r).size()));
                }
                p.executeBatch();
                d.executeBatch();
            }
            try (PreparedStatement p = c.prepareStatement("UPDATE study SET cib_round = ? WHERE id = ?")) {
                p.setInt(1, Math.max(1, judgements.size()));
                p.setLong(2, studyId);
                p.executeUpdate();
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO cib_removed (study_id, expert_id, num, cell, "
                    + "val, updated_at, removed_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                for (CibAsideRow x : aside) {
                    p.setLong(1, studyId);
                    p.setLong(2, x.expertId());
                    p.setInt(3, x.round());
                    p.setString(4, String.join(SEP, x.ids()));
                    p.setInt(5, x.value());
                    p.setObject(6, now);
                    p.setObject(7, now);
                    p.addBatch();
                }
                p.executeBatch();
            }
            if (!aside.isEmpty()) {
                Store.audit(c, studyId, null, Store.FACILITATOR, "cib judgements put aside imported", null, null,
                        null, null, String.valueOf(aside.size()));
            }
            return null;
        });
    }

    private static void insertDescriptors(Connection c, long studyId,
            List<DescriptorRow> descriptors) throws SQLException {
        try (PreparedStatement d = c.prepareStatement("INSERT INTO cib_descriptor (study_id, idx, code, name) VALUES "
                + "(?, ?, ?, ?)");
                PreparedStatement v = c.prepareStatement("INSERT INTO cib_variant (study_id, desc_idx, idx, code, "
                        + "name) VALUES (?, ?, ?, ?, ?)")) {
            for (int i = 0; i < descriptors.size(); i++) {
                DescriptorRow x = descriptors.get(i);
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
    }

    /**
     * @param studyId a study
     * @return its CIB descriptors (empty when not set up)
     */
    public List<DescriptorRow> descriptors(long studyId) {
        return store.tx(c -> descriptors(c, studyId));
    }

    private static List<DescriptorRow> descriptors(Connection c, long studyId) throws SQLException {
        List<String[]> ds = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT code, name FROM cib_descriptor WHERE study_id = ? ORDER "
                + "BY idx")) {
            p.setLong(1, studyId);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    ds.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
        }
        List<List<VariantRow>> vs = new ArrayList<>();
        for (int i = 0; i < ds.size(); i++) {
            vs.add(new ArrayList<>());
        }
        try (PreparedStatement p = c.prepareStatement("SELECT desc_idx, code, name FROM cib_variant WHERE study_id = "
                + "? ORDER BY desc_idx, idx")) {
            p.setLong(1, studyId);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    vs.get(rs.getInt(1)).add(new VariantRow(rs.getString(2), rs.getString(3)));
                }
            }
        }
        List<DescriptorRow> out = new ArrayList<>();
        for (int i = 0; i < ds.size(); i++) {
            out.add(new DescriptorRow(ds.get(i)[0], ds.get(i)[1], List.copyOf(vs.get(i))));
        }
        return List.copyOf(out);
    }

    /**
     * @param studyId a study
     * @return its open CIB round
     */
    public int round(long studyId) {
        return store.tx(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT cib_round FROM study WHERE id = ?")) {
                p.setLong(1, studyId);
                try (ResultSet rs = p.executeQuery()) {
                    return rs.next() ? rs.getInt(1) : 1;
                }
            }
        });
    }

    /**
     * Saves one judgement and its audit line (in the next group commit).
     *
     * @param studyId the study
     * @param expert the expert
     * @param round the open CIB round
     * @param row the impacting variant (flat index)
     * @param col the impacted variant (flat index)
     * @param cell the cell's name for the audit line ("D.V>D.V")
     * @param value -3..+3 or null
     * @param oldValue the current value (held in memory under the expert's lock)
     */
    public void save(long studyId, ExpertRow expert, int round, int row, int col, String cell, Integer value,
            Integer oldValue) {
        if (Objects.equals(value, oldValue)) {
            return;
        }
        store.save(new Change(true, expert.id(), round, row, col, value == null ? null : value.toString(), null,
                Store.now(), List.of(new Change.AuditLine(studyId, round, Store.actor(expert), "cib", row, col, cell,
                        oldValue == null ? null : oldValue.toString(), value == null ? null : value.toString()))));
    }

    /**
     * @param studyId a study
     * @param round a CIB round
     * @return every judgement of its experts in that round
     */
    public List<CibCellRow> cells(long studyId, int round) {
        return store.tx(c -> {
            List<CibCellRow> out = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT a.expert_id, a.row_flat, a.col_flat, a.val FROM "
                    + "cib_answer a "
                    + "JOIN expert e ON e.id = a.expert_id WHERE e.study_id = ? AND a.num = ?")) {
                p.setLong(1, studyId);
                p.setInt(2, round);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        out.add(new CibCellRow(rs.getLong(1), rs.getInt(2), rs.getInt(3), (Integer) rs.getObject(4)));
                    }
                }
            }
            return out;
        });
    }

    /**
     * Closes the open CIB round and opens the next: every judgement is carried over (the expert may
     * revise it); the disputed judgements are kept with their distributions.
     *
     * @param studyId the study
     * @param closing the round being closed (must be the open one)
     * @param disputed the judgements to show with the panel's distribution in the new round
     * @return the new round's number
     * @throws StoreException when {@code closing} is not the open round
     */
    public int nextRound(long studyId, int closing, List<CibDisputedRow> disputed) {
        return store.tx(c -> {
            int next = closing + 1;
            try (PreparedStatement p = c.prepareStatement("UPDATE study SET cib_round = ? WHERE id = ? AND cib_round "
                    + "= ?")) {
                p.setInt(1, next);
                p.setLong(2, studyId);
                p.setInt(3, closing);
                if (p.executeUpdate() != 1) {
                    throw new StoreException("cross-impact round " + closing + " is not the open round", null);
                }
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO cib_answer (expert_id, num, row_flat, "
                    + "col_flat, val, updated_at) "
                    + "SELECT a.expert_id, ?, a.row_flat, a.col_flat, a.val, a.updated_at FROM cib_answer a "
                    + "JOIN expert e ON e.id = a.expert_id WHERE e.study_id = ? AND a.num = ?")) {
                p.setInt(1, next);
                p.setLong(2, studyId);
                p.setInt(3, closing);
                p.executeUpdate();
            }
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO cib_disputed (study_id, num, row_flat, col_flat, rank, counts) VALUES (?, ?, ?, ?, "
                            + "?, ?)")) {
                int rank = 0;
                for (CibDisputedRow d : disputed) {
                    p.setLong(1, studyId);
                    p.setInt(2, next);
                    p.setInt(3, d.row());
                    p.setInt(4, d.col());
                    p.setInt(5, ++rank);
                    p.setString(6, Rows.joinCounts(d.counts()));
                    p.addBatch();
                }
                p.executeBatch();
            }
            Store.audit(c, studyId, closing, Store.FACILITATOR, "cib round closed", null, null, null,
                    String.valueOf(closing));
            Store.audit(c, studyId, next, Store.FACILITATOR, "cib round opened", null, null, null,
                    String.valueOf(next));
            return next;
        });
    }

    /**
     * @param studyId a study
     * @param round a CIB round
     * @return the judgements shown with their distribution in it, most disputed first (none in round 1)
     */
    public List<CibDisputedRow> disputed(long studyId, int round) {
        return store.tx(c -> {
            List<CibDisputedRow> out = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT row_flat, col_flat, counts FROM cib_disputed WHERE study_id = ? AND num = ? ORDER BY "
                            + "rank")) {
                p.setLong(1, studyId);
                p.setInt(2, round);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        out.add(new CibDisputedRow(rs.getInt(1), rs.getInt(2), Rows.splitCounts(rs.getString(3))));
                    }
                }
            }
            return out;
        });
    }
}
