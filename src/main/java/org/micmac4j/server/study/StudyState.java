package org.micmac4j.server.study;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.micmac4j.server.store.Rows.CellRow;
import org.micmac4j.server.store.Rows.ExpertRow;
import org.micmac4j.server.store.Rows.StudyRow;
import org.micmac4j.server.store.Rows.VariableRow;

/**
 * One study held in memory: its description, its experts and their grids of the open round, and
 * a version number that grows with every change (the dashboard polls it, the synthesis cache is
 * keyed by it). The database stays the truth: the grids are written there first, then here.
 *
 * <p>Locks: a save holds the read lock (saves of different experts run in parallel) and its
 * expert's grid monitor (one expert's saves are applied in the order they commit); closing a round
 * holds the write lock.
 */
public final class StudyState {
    private final long id;
    private final String title;
    private final String scale;
    private final List<VariableRow> variables;
    private final Map<String, Integer> index = new HashMap<>();
    private volatile int round;
    private final List<ExpertRow> experts = new CopyOnWriteArrayList<>();
    private final Map<Long, Grid> grids = new ConcurrentHashMap<>();
    private final AtomicLong version = new AtomicLong(1);
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<String, Object> cache = new ConcurrentHashMap<>();
    /** The cross-impact part, loaded on first use. */
    volatile CibState cib;

    StudyState(StudyRow row, List<ExpertRow> experts, List<CellRow> cells) {
        this.id = row.id();
        this.title = row.title();
        this.scale = row.scale();
        this.variables = row.variables();
        for (int i = 0; i < variables.size(); i++) {
            index.put(variables.get(i).id(), i);
        }
        this.round = row.currentRound();
        this.experts.addAll(experts);
        load(cells);
    }

    void load(List<CellRow> cells) {
        grids.clear();
        for (ExpertRow e : experts) {
            grids.put(e.id(), new Grid(variables.size()));
        }
        for (CellRow c : cells) {
            Grid g = grids.get(c.expertId());
            if (g != null) {
                g.set(c.from(), c.to(), c.value(), c.rationale());
            }
        }
    }

    /** One expert's grid in the open round. */
    static final class Grid {
        final int n;
        final String[] values;
        final String[] rationales;
        int opinions;

        Grid(int n) {
            this.n = n;
            values = new String[n * n];
            rationales = new String[n * n];
        }

        synchronized void set(int from, int to, String value, String rationale) {
            int c = from * n + to;
            if (values[c] == null && value != null) {
                opinions++;
            } else if (values[c] != null && value == null) {
                opinions--;
            }
            values[c] = value;
            rationales[c] = rationale;
        }

        synchronized Grids.ExpertGrid snapshot(String name) {
            return new Grids.ExpertGrid(name, values.clone(), rationales.clone());
        }

        synchronized int opinions() {
            return opinions;
        }
    }

    /** @return the study's number */
    public long id() {
        return id;
    }

    /** @return the title */
    public String title() {
        return title;
    }

    /** @return the scale's name */
    public String scale() {
        return scale;
    }

    /** @return the variables */
    public List<VariableRow> variables() {
        return variables;
    }

    /**
     * @param variableId an id
     * @return its index, or -1
     */
    public int indexOf(String variableId) {
        Integer i = index.get(variableId);
        return i == null ? -1 : i;
    }

    /** @return the open round */
    public int round() {
        return round;
    }

    void round(int r) {
        round = r;
    }

    /** @return the experts in order of invitation */
    public List<ExpertRow> experts() {
        return List.copyOf(experts);
    }

    void addExpert(ExpertRow e) {
        grids.put(e.id(), new Grid(variables.size()));
        experts.add(e);
        changed();
    }

    void replaceExpert(ExpertRow e) {
        experts.replaceAll(x -> x.id() == e.id() ? e : x);
        changed();
    }

    Grid grid(long expertId) {
        return grids.get(expertId);
    }

    /**
     * @param expertId an expert
     * @return how many opinions they gave in the open round
     */
    public int opinions(long expertId) {
        Grid g = grids.get(expertId);
        return g == null ? 0 : g.opinions();
    }

    /** @return the number of cells an expert can fill (n(n-1)) */
    public int cellCount() {
        return variables.size() * (variables.size() - 1);
    }

    /** @return the version: grows with every change */
    public long version() {
        return version.get();
    }

    void changed() {
        version.incrementAndGet();
    }

    ReentrantReadWriteLock lock() {
        return lock;
    }

    /**
     * A consistent copy of the open round's grids (every expert, revoked or not: their answers
     * stay in the study).
     *
     * @return the grids
     */
    public Grids snapshot() {
        List<Grids.ExpertGrid> out = new ArrayList<>();
        for (ExpertRow e : experts) {
            out.add(grids.get(e.id()).snapshot(e.name()));
        }
        return new Grids(variables, out);
    }

    /**
     * One expert's grid.
     *
     * @param e the expert
     * @return a copy
     */
    public Grids.ExpertGrid grid(ExpertRow e) {
        return grids.get(e.id()).snapshot(e.name());
    }

    /**
     * A cache of results computed from this study, keyed by the caller (who puts the version in
     * the key); emptied when it grows past a few entries.
     *
     * @param key the key
     * @param compute computes the value
     * @param <T> the value's type
     * @return the value
     */
    @SuppressWarnings("unchecked")
    public <T> T cached(String key, java.util.function.Supplier<T> compute) {
        Object v = cache.get(key);
        if (v == null) {
            v = compute.get();
            if (cache.size() > 16) {
                cache.clear();
            }
            cache.put(key, v);
        }
        return (T) v;
    }
}
