package org.micmac4j.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The timed harness of benchmarks/serve-load.sh (not a test: nothing here asserts a time). For H2
 * and PostgreSQL, {@code micmac serve} runs in a child JVM and this process is the clients, over
 * loopback:
 * <ol>
 *   <li>100 experts save their full 29 x 29 grids at once (84,100 saves; every cell checked):
 *       save latency p50/p90/p99/max as the client sees it, throughput, and the CPU time per save
 *       of the server, of PostgreSQL (with its write transactions and WAL bytes per save) and of
 *       the clients;</li>
 *   <li>30 experts save their full CIB grids at once (10 descriptors of 3 variants: 810
 *       judgements each; every judgement checked), the same measures; then the ensemble
 *       ({@code GET /api/studies/{id}/cib}) recomputed after a change (server time);</li>
 *   <li>a 30-expert study: after a change, the synthesis ({@code /synthesis}) and the dashboard's
 *       data recomputed (server time, from Server-Timing);</li>
 *   <li>the expert's grid page and its data (server time);</li>
 *   <li>the same 30-expert study in a child with -Xmx256m (H2): heap after a full GC.</li>
 * </ol>
 * Run: {@code benchmarks/serve-load.sh [h2|postgres] [--experts N] [--cib-experts N] [--cib DxV]
 * [--no-memory]}.
 */
public final class ServeBenchmark {
    private ServeBenchmark() {
    }

    static double ms(long nanos) {
        return nanos / 1e6;
    }

    /** The server's wall time of an answer (Server-Timing app). */
    static double serverMs(Http.Answer a) {
        return timing(a, "app");
    }

    /** The request thread's CPU time of an answer (Server-Timing cpu). */
    static double cpuMs(Http.Answer a) {
        return timing(a, "cpu");
    }

    static double timing(Http.Answer a, String name) {
        for (String part : a.header("Server-Timing").split(",")) {
            String p = part.strip();
            if (p.startsWith(name + ";dur=")) {
                return Double.parseDouble(p.substring(name.length() + 5));
            }
        }
        throw new IllegalStateException("no " + name + " in " + a.header("Server-Timing"));
    }

    static String summary(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        return String.format(Locale.ROOT, "median %.1f ms, p90 %.1f ms, max %.1f ms (%d runs)", s[s.length / 2],
                s[(int) Math.ceil(0.9 * s.length) - 1], s[s.length - 1], s.length);
    }

    /** The CPU time used so far by the server, the PostgreSQL server (if any) and this process (the clients). */
    record Meter(long serverNanos, long postgresNanos, long clientNanos, long xid, long walBytes) {
        static Meter now(ChildServer s, String pgUrl) {
            long pg = 0;
            long xid = 0;
            long wal = 0;
            if (pgUrl != null) {
                pg = TestPostgres.serverCpuNanos();
                try (java.sql.Connection c = java.sql.DriverManager.getConnection(pgUrl, "micmac", "");
                        java.sql.Statement st = c.createStatement();
                        java.sql.ResultSet rs = st.executeQuery("SELECT txid_current(), "
                                + "pg_wal_lsn_diff(pg_current_wal_lsn(), '0/0')::bigint")) {
                    rs.next();
                    xid = rs.getLong(1);
                    wal = rs.getLong(2);
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            }
            return new Meter(s.process.info().totalCpuDuration().orElse(java.time.Duration.ZERO).toNanos(), pg,
                    ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                            .getOperatingSystemMXBean()).getProcessCpuTime(), xid, wal);
        }

        /** One line: CPU per save of each process since {@code before}; with PostgreSQL, its commits and WAL. */
        String perSave(Meter before, int saves) {
            String out = String.format(Locale.ROOT, "CPU per save: server %.3f ms", (serverNanos - before.serverNanos)
                    / 1e6 / saves);
            if (postgresNanos > 0) {
                // txid_current() itself takes one id, so each Meter adds one write transaction
                out += String.format(Locale.ROOT, ", PostgreSQL %.3f ms (all its processes); write transactions "
                        + "per save %.3f; WAL %.0f bytes per save", (postgresNanos - before.postgresNanos) / 1e6
                        / saves, (xid - before.xid - 1) / (double) saves, (walBytes - before.walBytes)
                        / (double) saves);
            }
            return out + String.format(Locale.ROOT, "; clients (this JVM) %.3f ms",
                    (clientNanos - before.clientNanos) / 1e6 / saves);
        }
    }

    static void report(String what, LoadRun.Result r, Meter before, Meter after) {
        System.out.printf(Locale.ROOT, "%s: %d saves in %.1f s = %.0f saves/s; latency p50 %.1f ms, p90 %.1f ms, "
                + "p99 %.1f ms, max %.1f ms; not holding their last save: %d%s%n", what, r.saves(), r.nanos() / 1e9,
                r.throughput(), ms(r.percentile(0.5)), ms(r.percentile(0.9)), ms(r.percentile(0.99)),
                ms(Arrays.stream(r.latencies()).max().orElse(0)), r.mismatches(),
                r.firstMismatch() == null ? "" : " (first: " + r.firstMismatch() + ")");
        System.out.printf(Locale.ROOT, "%s: %s (the check reads included)%n", what, after.perSave(before, r.saves()));
    }

    static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /**
     * @param args {@code h2}, {@code postgres} or nothing for both; options {@code --experts N}
     *     (the grid phase, default 100), {@code --cib-experts N} (the CIB phase, default 30, 0 to
     *     skip it), {@code --cib DxV} (descriptors x variants, default 10x3), {@code --no-memory}
     *     (skip the -Xmx256m run)
     */
    public static void main(String[] args) throws Exception {
        List<String> dbs = new ArrayList<>();
        int experts = 100;
        int cibExperts = 30;
        int descriptors = 10;
        int variants = 3;
        boolean memory = true;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--experts" -> experts = Integer.parseInt(args[++i]);
                case "--cib-experts" -> cibExperts = Integer.parseInt(args[++i]);
                case "--cib" -> {
                    String[] dv = args[++i].split("x");
                    descriptors = Integer.parseInt(dv[0]);
                    variants = Integer.parseInt(dv[1]);
                }
                case "--no-memory" -> memory = false;
                case "h2", "postgres" -> dbs.add(args[i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + " (h2, postgres, --experts N, --cib-experts N, --cib DxV, --no-memory)");
            }
        }
        if (dbs.isEmpty()) {
            dbs = List.of("h2", "postgres");
        }
        System.out.printf(Locale.ROOT, "machine: %d cores, %s %s, java %s%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"),
                System.getProperty("os.arch"), System.getProperty("java.version"));
        for (String db : dbs) {
            Path dir = Files.createTempDirectory("micmac-bench-");
            String url = db.equals("postgres") ? TestPostgres.newDatabase() : null;
            try (ChildServer s = ChildServer.start(dir, url, "-Xmx1g")) {
                Http h = new Http(s.url, s.token);
                // warm-up: a small run, not reported
                LoadRun.run(h, 10, 29);
                System.out.printf(Locale.ROOT, "%s: load average before the run: %.1f%n", db, loadAverage());
                Meter m0 = Meter.now(s, url);
                LoadRun.Result r = LoadRun.run(h, experts, 29);
                Meter m1 = Meter.now(s, url);
                report(db + ": " + experts + " experts x 29 x 29", r, m0, m1);

                if (cibExperts > 0) {
                    System.out.printf(Locale.ROOT, "%s: load average before the CIB run: %.1f%n", db, loadAverage());
                    Meter c0 = Meter.now(s, url);
                    LoadRun.Result cr = CibLoadRun.run(h, cibExperts, descriptors, variants);
                    Meter c1 = Meter.now(s, url);
                    report(db + ": CIB, " + cibExperts + " experts x " + descriptors + " descriptors x " + variants
                            + " variants", cr, c0, c1);
                    double[] ensemble = new double[30];
                    double[] ensembleCpu = new double[30];
                    for (int k = 0; k < ensemble.length; k++) {
                        // no judgement, then one: a change whatever the judgement was
                        String to = "D2.v" + (1 + k % variants);
                        CibCells.judge(h, cr.secrets()[k % cibExperts], "D1.v1", to, null);
                        CibCells.judge(h, cr.secrets()[k % cibExperts], "D1.v1", to, k % 7 - 3);
                        Http.Answer a = h.facilitator("GET", "api/studies/" + cr.study() + "/cib", null);
                        ensemble[k] = serverMs(a);
                        ensembleCpu[k] = cpuMs(a);
                    }
                    System.out.printf(Locale.ROOT, "%s: CIB, %d experts: ensemble (GET /cib) after a change: wall %s, "
                            + "CPU %s%n", db, cibExperts, summary(ensemble), summary(ensembleCpu));
                }

                LoadRun.Result thirty = LoadRun.run(h, 30, 29);
                String study = "api/studies/" + thirty.study();
                List<String> ids = LoadRun.exampleVariables().stream().map(v -> v.get("id")).toList();
                double[] synthesis = new double[30];
                double[] synthesisCpu = new double[30];
                double[] dashboard = new double[30];
                double[] dashboardCpu = new double[30];
                for (int k = 0; k < synthesis.length; k++) {
                    h.put(thirty.secrets()[k % 30], ids.get(k % 29), ids.get((k + 1) % 29), String.valueOf(k % 4));
                    Http.Answer a = h.facilitator("GET", study + "/synthesis", null);
                    synthesis[k] = serverMs(a);
                    synthesisCpu[k] = cpuMs(a);
                    h.put(thirty.secrets()[k % 30], ids.get(k % 29), ids.get((k + 1) % 29), "P");
                    Http.Answer b = h.facilitator("GET", study + "/dashboard", null);
                    dashboard[k] = serverMs(b);
                    dashboardCpu[k] = cpuMs(b);
                }
                System.out.printf(Locale.ROOT, "%s: 30 experts x 29: synthesis after a change: wall %s, CPU %s%n", db,
                        summary(synthesis), summary(synthesisCpu));
                System.out.printf(Locale.ROOT, "%s: 30 experts x 29: dashboard data after a change: wall %s, CPU %s%n",
                        db, summary(dashboard), summary(dashboardCpu));
                double[] page = new double[30];
                double[] pageCpu = new double[30];
                double[] data = new double[30];
                for (int k = 0; k < page.length; k++) {
                    Http.Answer a = h.send("GET", "e/" + thirty.secrets()[k], null);
                    page[k] = serverMs(a);
                    pageCpu[k] = cpuMs(a);
                    data[k] = serverMs(h.send("GET", "api/expert/" + thirty.secrets()[k], null));
                }
                System.out.printf(Locale.ROOT, "%s: grid page (HTML): wall %s, CPU %s; its data (the expert's 812 "
                        + "cells): wall %s%n", db, summary(page), summary(pageCpu), summary(data));
            } finally {
                Servers.delete(dir);
            }
        }
        if (!memory) {
            System.exit(0);
        }
        Path dir = Files.createTempDirectory("micmac-bench-");
        try (ChildServer s = ChildServer.start(dir, null, "-Xmx256m")) {
            Http h = new Http(s.url, s.token);
            LoadRun.Result thirty = LoadRun.run(h, 30, 29);
            String study = "api/studies/" + thirty.study();
            List<Integer> statuses = new ArrayList<>();
            for (String p : new String[] {"/dashboard", "/synthesis", "/plane.svg", "/report.zip", "/export.xlsx"}) {
                statuses.add(h.facilitator("GET", study + p, null).status());
            }
            h.facilitator("POST", study + "/montecarlo", Map.of("draws", 1000));
            while (h.facilitator("GET", study + "/montecarlo", null).json().get("state").asText().equals("running")) {
                Thread.sleep(200);
            }
            Process jcmd = new ProcessBuilder("jcmd", String.valueOf(s.process.pid()), "GC.run").start();
            jcmd.waitFor();
            Process info = new ProcessBuilder("jcmd", String.valueOf(s.process.pid()), "GC.heap_info")
                    .redirectErrorStream(true).start();
            String heap = new String(info.getInputStream().readAllBytes()).lines().filter(l -> l.contains("used"))
                    .findFirst().orElse("?").strip();
            System.out.printf(Locale.ROOT, "-Xmx256m, H2, 30 experts x 29 (%d saves, %d wrong cells), dashboard, "
                    + "synthesis, plane, report, workbook (statuses %s), Monte Carlo 1000 draws: heap after a full "
                    + "GC: %s%n", thirty.saves(), thirty.mismatches(), statuses, heap);
        } finally {
            Servers.delete(dir);
        }
        System.exit(0);
    }
}
