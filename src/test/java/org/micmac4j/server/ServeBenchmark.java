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
 *       save latency p50/p90/p99/max as the client sees it, throughput;</li>
 *   <li>a 30-expert study: after a change, the synthesis ({@code /synthesis}) and the dashboard's
 *       data recomputed (server time, from Server-Timing);</li>
 *   <li>the expert's grid page and its data (server time);</li>
 *   <li>the same 30-expert study in a child with -Xmx256m (H2): heap after a full GC.</li>
 * </ol>
 * Run: {@code mvn -B -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.micmac4j.server.ServeBenchmark}.
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

    /**
     * @param args {@code h2}, {@code postgres} or nothing for both
     */
    public static void main(String[] args) throws Exception {
        List<String> dbs = args.length == 0 ? List.of("h2", "postgres") : List.of(args);
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
                java.time.Duration cpu0 = s.process.info().totalCpuDuration().orElse(java.time.Duration.ZERO);
                LoadRun.Result r = LoadRun.run(h, 100, 29);
                java.time.Duration cpu1 = s.process.info().totalCpuDuration().orElse(java.time.Duration.ZERO);
                long[] lat = r.latencies();
                System.out.printf(Locale.ROOT, "%s: load average before the run: %.1f%n", db,
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
                System.out.printf(Locale.ROOT, "%s: %d experts x 29 x 29: %d saves in %.1f s = %.0f saves/s; latency "
                        + "p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms; cells not holding their last save: %d%n",
                        db, 100, r.saves(), r.nanos() / 1e9, r.throughput(), ms(r.percentile(0.5)),
                        ms(r.percentile(0.9)), ms(r.percentile(0.99)), ms(Arrays.stream(lat).max().orElse(0)),
                        r.mismatches());
                System.out.printf(Locale.ROOT, "%s: the server's CPU time (all its threads) over the run: %.1f s, "
                        + "%.2f ms per save (the check reads included)%n", db, cpu1.minus(cpu0).toMillis() / 1e3,
                        cpu1.minus(cpu0).toMillis() / (double) r.saves());

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
