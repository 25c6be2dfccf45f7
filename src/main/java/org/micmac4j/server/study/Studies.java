package org.micmac4j.server.study;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.Lock;

import org.micmac4j.server.store.Rows.CellRow;
import org.micmac4j.server.store.Rows.DisputedRow;
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
    /** The scale of every study for now: 0..3 and P. */
    public static final String SCALE = "classic";

    private final Store store;
    private final CrossImpacts crossImpacts;
    private final Map<Long, StudyState> states = new ConcurrentHashMap<>();
    /** Experts found by the hash of their link's secret (revoked ones are dropped at once). */
    private final Map<String, ExpertRow> expertsBySecret = new ConcurrentHashMap<>();

    /** @param store the store */
    public Studies(Store store) {
        this.store = store;
        this.crossImpacts = new CrossImpacts(this, store.cib());
    }

    /** @return the cross-impact (CIB) part of the studies */
    public CrossImpacts crossImpacts() {
        return crossImpacts;
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
                StudyRow row = store.study(id).orElseThrow(() -> WorkspaceException.notFound("study " + id
                        + ": no such study"));
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
        String r = rationale == null ? null : rationale.isBlank() ? "" : Checks.text("rationale", rationale,
                Checks.RATIONALE_MAX, false);
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
            throw WorkspaceException.notFound("round: study " + study.id() + " has rounds 1 to " + study.round()
                    + ", not " + round);
        }
        StudyState old = new StudyState(new StudyRow(study.id(), study.title(), study.scale(), round, null,
                study.variables()),
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

    static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }
}
