package org.micmac4j.server.study;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.Lock;

import org.micmac4j.server.store.Rows.CellRow;
import org.micmac4j.server.store.Rows.DescriptorRow;
import org.micmac4j.server.store.Rows.DisputedRow;
import org.micmac4j.server.store.Rows.VariantRow;
import org.micmac4j.server.store.Rows.ExpertRow;
import org.micmac4j.server.store.Rows.StudyRow;
import org.micmac4j.server.store.Rows.VariableRow;
import org.micmac4j.server.store.Secrets;
import org.micmac4j.server.store.Store;

/**
 * The workspace's studies: every change goes to the database first (one transaction, audited),
 * then to the study held in memory. Thread-safe.
 */
public final class Studies {
    /** Most CIB descriptors: a grid an expert can still fill in (and a space the ensemble solves at once). */
    public static final int CIB_DESCRIPTORS_MAX = 12;
    /** The scale of every study for now: 0..3 and P. */
    public static final String SCALE = "classic";

    private final Store store;
    private final Map<Long, StudyState> states = new ConcurrentHashMap<>();
    /** Experts found by the hash of their link's secret (revoked ones are dropped at once). */
    private final Map<String, ExpertRow> expertsBySecret = new ConcurrentHashMap<>();

    /** @param store the store */
    public Studies(Store store) {
        this.store = store;
    }

    /** @return the store */
    public Store store() {
        return store;
    }

    /**
     * @param title the title (checked here)
     * @param variables the variables (checked here)
     * @return the new study
     */
    public StudyState create(String title, List<VariableRow> variables) {
        String t = Checks.text("title", title, Checks.TITLE_MAX, true);
        long id = store.createStudy(t, SCALE, Checks.variables(variables));
        return state(id);
    }

    /**
     * @param id a study number
     * @return the study
     * @throws WorkspaceException 404 when there is none
     */
    public StudyState state(long id) {
        StudyState s = states.get(id);
        if (s != null) {
            return s;
        }
        synchronized (this) {
            s = states.get(id);
            if (s == null) {
                StudyRow row = store.study(id).orElseThrow(
                        () -> WorkspaceException.notFound("study " + id + ": no such study"));
                s = new StudyState(row, store.experts(id), store.cells(id, row.currentRound()));
                states.put(id, s);
            }
            return s;
        }
    }

    /** @return every study, newest first */
    public List<StudyRow> list() {
        return store.studies();
    }

    /**
     * @param study the study
     * @param name the expert's name (checked here; unique in the study)
     * @return the invitation with the link's secret
     */
    public Store.Invitation invite(StudyState study, String name) {
        String n = Checks.expertName(name);
        for (ExpertRow e : study.experts()) {
            if (e.name().equalsIgnoreCase(n)) {
                throw WorkspaceException.conflict("name: an expert named '" + e.name() + "' is already invited");
            }
        }
        synchronized (study) {
            Store.Invitation inv = store.addExpert(study.id(), n);
            study.addExpert(inv.expert());
            return inv;
        }
    }

    /**
     * @param study the study
     * @param expertId the expert to revoke
     */
    public void revoke(StudyState study, long expertId) {
        if (!store.revoke(study.id(), expertId)) {
            throw WorkspaceException.notFound("expert " + expertId + ": no such expert in study " + study.id());
        }
        expertsBySecret.values().removeIf(e -> e.id() == expertId);
        for (ExpertRow e : store.experts(study.id())) {
            if (e.id() == expertId) {
                study.replaceExpert(e);
            }
        }
    }

    /**
     * @param secret the secret of an expert's link
     * @return the expert, revoked or not, or empty
     */
    public Optional<ExpertRow> expert(String secret) {
        if (!Secrets.wellFormed(secret)) {
            return Optional.empty();
        }
        String hash = Secrets.hash(secret);
        ExpertRow known = expertsBySecret.get(hash);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<ExpertRow> e = store.expertBySecret(secret);
        e.ifPresent(x -> expertsBySecret.put(hash, x));
        return e;
    }

    /**
     * Saves one answer of an expert in the open round; returns once it is durable.
     *
     * @param expert the expert (active)
     * @param fromId the row's variable id
     * @param toId the column's variable id
     * @param value "0".."3", "P" or null (checked here)
     * @param rationale a new rationale, "" to clear it, or null to keep it (checked here)
     * @return the cell as stored
     */
    public CellRow save(ExpertRow expert, String fromId, String toId, String value, String rationale) {
        StudyState s = state(expert.studyId());
        int from = s.indexOf(fromId);
        int to = s.indexOf(toId);
        if (from < 0) {
            throw WorkspaceException.notFound("from: no variable '" + shorten(fromId) + "' in this study");
        }
        if (to < 0) {
            throw WorkspaceException.notFound("to: no variable '" + shorten(toId) + "' in this study");
        }
        if (from == to) {
            throw WorkspaceException.badRequest("to: the diagonal (" + fromId + " on itself) is not scored");
        }
        String v = Checks.value(value);
        String r = rationale == null ? null : rationale.isBlank() ? ""
                : Checks.text("rationale", rationale, Checks.RATIONALE_MAX, false);
        Lock read = s.lock().readLock();
        read.lock();
        try {
            StudyState.Grid g = s.grid(expert.id());
            if (g == null) {
                throw WorkspaceException.notFound("expert: not in this study");
            }
            synchronized (g) {
                int c = from * g.n + to;
                CellRow row = store.saveCell(s.id(), expert, s.round(), from, to, v, r, g.values[c], g.rationales[c]);
                g.set(from, to, row.value(), row.rationale());
                s.changed();
                return row;
            }
        } finally {
            read.unlock();
        }
    }

    /**
     * Closes the open round and opens the next.
     *
     * @param study the study
     * @param expectedRound the round the facilitator closes (409 when another is open)
     * @param disputed computes the disputed cells with their distributions from the closing
     *     round's grids
     * @return the new round
     */
    public int nextRound(StudyState study, int expectedRound, java.util.function.Function<Grids,
            List<DisputedRow>> disputed) {
        Lock write = study.lock().writeLock();
        write.lock();
        try {
            int closing = study.round();
            if (expectedRound != closing) {
                throw WorkspaceException.conflict("round: round " + closing + " is open, not round " + expectedRound);
            }
            List<DisputedRow> cells = disputed.apply(study.snapshot());
            int next = store.nextRound(study.id(), closing, cells);
            study.round(next);
            study.load(store.cells(study.id(), next));
            study.changed();
            return next;
        } finally {
            write.unlock();
        }
    }

    /**
     * @param study the study
     * @param round a round (1 .. the open one)
     * @return the grids of that round
     */
    public Grids grids(StudyState study, int round) {
        if (round == study.round()) {
            return study.snapshot();
        }
        if (round < 1 || round > study.round()) {
            throw WorkspaceException.notFound(
                    "round: study " + study.id() + " has rounds 1 to " + study.round() + ", not " + round);
        }
        StudyState old = new StudyState(
                new StudyRow(study.id(), study.title(), study.scale(), round, null, study.variables()),
                study.experts(), store.cells(study.id(), round));
        return old.snapshot();
    }

    /**
     * @param study the study
     * @param round a round
     * @return the disputed cells shown in it
     */
    public List<DisputedRow> disputed(StudyState study, int round) {
        return study.cached("disputed:" + round, () -> store.disputed(study.id(), round));
    }

    // ------------------------------------------------------------------ cross-impact balance

    /**
     * @param study a study
     * @return its cross-impact descriptors and judgements
     */
    public CibState cib(StudyState study) {
        CibState c = study.cib;
        if (c == null) {
            synchronized (study) {
                c = study.cib;
                if (c == null) {
                    c = new CibState(store.cibDescriptors(study.id()), store.cibCells(study.id()));
                    study.cib = c;
                }
            }
        }
        return c;
    }

    /**
     * Sets the study's descriptors (once).
     *
     * @param study the study
     * @param descriptors descriptors with 2 to 9 variants each, ids unique (checked here)
     */
    public void setCib(StudyState study, List<DescriptorRow> descriptors) {
        if (descriptors.size() < 2 || descriptors.size() > CIB_DESCRIPTORS_MAX) {
            throw WorkspaceException.badRequest(
                    "descriptors: between 2 and " + CIB_DESCRIPTORS_MAX + " are needed, got " + descriptors.size());
        }
        java.util.Set<String> ids = new java.util.HashSet<>();
        List<DescriptorRow> checked = new java.util.ArrayList<>();
        for (int d = 0; d < descriptors.size(); d++) {
            DescriptorRow x = descriptors.get(d);
            String w = "descriptors[" + d + "]";
            String id = Checks.text(w + ".id", x.id(), Checks.ID_MAX, true);
            if (!ids.add(id)) {
                throw WorkspaceException.badRequest(w + ".id: duplicate id '" + id + "'");
            }
            if (x.variants() == null || x.variants().size() < 2 || x.variants().size() > 9) {
                throw WorkspaceException.badRequest(w + ".variants: between 2 and 9 are needed");
            }
            java.util.Set<String> vids = new java.util.HashSet<>();
            List<VariantRow> vs = new java.util.ArrayList<>();
            for (int v = 0; v < x.variants().size(); v++) {
                String vid = Checks.text(w + ".variants[" + v + "].id", x.variants().get(v).id(), Checks.ID_MAX, true);
                if (!vids.add(vid)) {
                    throw WorkspaceException.badRequest(w + ".variants[" + v + "].id: duplicate id '" + vid + "'");
                }
                String vn = Checks.text(w + ".variants[" + v + "].name", x.variants().get(v).name(), 1000, false);
                vs.add(new VariantRow(vid, vn == null ? vid : vn));
            }
            String name = Checks.text(w + ".name", x.name(), Checks.VARIABLE_NAME_MAX, false);
            checked.add(new DescriptorRow(id, name == null ? id : name, List.copyOf(vs)));
        }
        synchronized (study) {
            if (!cib(study).descriptors().isEmpty()) {
                throw WorkspaceException.conflict("descriptors: this study's cross-impact descriptors are already set");
            }
            store.setCibDescriptors(study.id(), checked);
            study.cib = null;
            study.changed();
        }
    }

    /**
     * Saves one cross-impact judgement of an expert.
     *
     * @param expert the expert (active)
     * @param from impacting descriptor id
     * @param fromVariant its variant
     * @param to impacted descriptor id
     * @param toVariant its variant
     * @param value -3..+3, or null for no judgement
     */
    public void saveCib(ExpertRow expert, String from, String fromVariant, String to, String toVariant, Integer value) {
        StudyState s = state(expert.studyId());
        CibState c = cib(s);
        int row = c.flat(from, fromVariant);
        int col = c.flat(to, toVariant);
        if (row < 0) {
            throw WorkspaceException.notFound(
                    "from: no variant '" + shorten(from + "." + fromVariant) + "' in this study's descriptors");
        }
        if (col < 0) {
            throw WorkspaceException.notFound(
                    "to: no variant '" + shorten(to + "." + toVariant) + "' in this study's descriptors");
        }
        if (c.descriptorOf(row) == c.descriptorOf(col)) {
            throw WorkspaceException.badRequest("to: a descriptor's variants are not judged against each other");
        }
        if (value != null && (value < -3 || value > 3)) {
            throw WorkspaceException.badRequest("value: a whole number from -3 to 3, or null; got " + value);
        }
        Integer[] g = c.grid(expert.id());
        synchronized (g) {
            int k = row * c.size() + col;
            store.saveCibCell(s.id(), expert, row, col, value, g[k]);
            g[k] = value;
        }
        s.changed();
    }

        private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }
}
