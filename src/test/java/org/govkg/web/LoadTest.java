package org.govkg.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govkg.ingest.DocumentReader;
import org.govkg.ingest.FileOutcome;
import org.govkg.ingest.Ingester;
import org.govkg.sparql.ExampleQueries;
import org.govkg.store.KnowledgeStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Load from a second process: wrk drives the example queries at {@code /sparql}, searches and
 * entity pages over loopback while documents are ingested into the same store, twice; the test
 * prints throughput, latency percentiles, errors, heap and RSS, and fails on any error. In the
 * suite: 8 connections for 10 s after 10 s of warm-up; the long run is
 * {@code -Dgovkg.load.clients=32 -Dgovkg.load.seconds=60 -Dgovkg.load.warmup=60}.
 * The per-client query limits are raised here, since every connection comes from one address.
 * The store is TDB2 on disk, as {@code govkg serve} runs it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "govkg.data=data", "govkg.sparql.per-client=1000", "govkg.sparql.budget-per-minute=100000s"})
class LoadTest {
    private static final Path WRK = Path.of("/usr/bin/wrk");
    private static final int CLIENTS = Integer.getInteger("govkg.load.clients", 8);
    private static final int SECONDS = Integer.getInteger("govkg.load.seconds", 10);
    /** Load before the measured rounds: the JIT compiler takes a minute or more to settle on 2 cores. */
    private static final int WARMUP = Integer.getInteger("govkg.load.warmup", 10);
    private static final Pattern RESULT = Pattern.compile(
        "GOVKG requests=(\\d+) errors=(\\d+) p50=([\\d.]+) p95=([\\d.]+) p99=([\\d.]+) rps=([\\d.]+)");

    /** The store a user runs: TDB2 on disk (the in-memory TDB2 copies every block it reads). */
    @TempDir
    static Path storeDir;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("govkg.store", () -> storeDir.resolve("store").toString());
    }

    @LocalServerPort
    int port;

    @Autowired
    KnowledgeStore store;

    @TempDir
    Path dir;

    private List<String> paths() {
        List<String> paths = new ArrayList<>();
        for (ExampleQueries.Example x : ExampleQueries.all())
            paths.add("/sparql?query=" + URLEncoder.encode(x.query("zh"), StandardCharsets.UTF_8) + "&format=json");
        for (String q : List.of("数字红河", "发改委", "大数据中心", "领导小组", "云平台"))
            paths.add("/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        store.read(conn -> {
            conn.querySelect("SELECT DISTINCT ?e { ?e a ?t FILTER(?t IN (" + org.govkg.vocab.EntityType.sparqlList() + ")) } LIMIT 30",
                r -> paths.add("/entity?iri=" + URLEncoder.encode(r.getResource("e").getURI(), StandardCharsets.UTF_8)));
            return null;
        });
        return paths;
    }

    private Path script(List<String> paths) throws Exception {
        StringBuilder lua = new StringBuilder("local paths = {\n");
        for (String p : paths) lua.append("  \"").append(p.replace("\\", "\\\\").replace("\"", "\\\"")).append("\",\n");
        lua.append("}\nlocal i = 0\n")
            .append("request = function()\n  i = i + 1\n  return wrk.format(\"GET\", paths[(i % #paths) + 1], { Accept = \"text/html,application/sparql-results+json\" })\n end\n")
            .append("done = function(summary, latency, requests)\n")
            .append("  local e = summary.errors\n")
            .append("  io.write(string.format(\"GOVKG requests=%d errors=%d p50=%.1f p95=%.1f p99=%.1f rps=%.1f\\n\",\n")
            .append("    summary.requests, e.connect + e.read + e.write + e.status + e.timeout,\n")
            .append("    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,\n")
            .append("    summary.requests / (summary.duration / 1000000)))\nend\n");
        return Files.writeString(dir.resolve("govkg.lua"), lua.toString());
    }

    /** Generated documents (the samples under other place names) ingested while the load runs. */
    private int ingestWhileLoaded(int round, long untilNanos) throws Exception {
        List<Path> samples = Ingester.expand(List.of(Path.of("data/documents")));
        Ingester ingester = new Ingester(store, new DocumentReader());
        AtomicInteger n = new AtomicInteger();
        for (int i = 0; System.nanoTime() < untilNanos && i < 200; i++) {
            Path f = dir.resolve("arriving-" + round + "-" + i + ".txt");
            Files.writeString(f, Files.readString(samples.get(i % samples.size())).replace("红河", "某" + round + "地" + i));
            if (ingester.ingest(f).status() == FileOutcome.Status.INGESTED) n.incrementAndGet();
        }
        return n.get();
    }

    private static long rssKb() throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/status")))
            if (line.startsWith("VmRSS:")) return Long.parseLong(line.replaceAll("\\D", ""));
        return -1;
    }

    private static long heapMb() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
    }

    @Test
    void queriesSearchesAndPagesUnderLoadWhileDocumentsArriveGiveNoErrors() throws Exception {
        assumeTrue(Files.isExecutable(WRK), "wrk is not installed (./govkg test installs it)");
        Path lua = script(paths());
        Process warmup = new ProcessBuilder(WRK.toString(), "-t", Integer.toString(Math.min(4, CLIENTS)), "-c", Integer.toString(CLIENTS),
            "-d", WARMUP + "s", "--timeout", "10s", "-s", lua.toString(), "http://127.0.0.1:" + port).redirectErrorStream(true).start();
        assertThat(warmup.waitFor(WARMUP + 60L, TimeUnit.SECONDS)).isTrue();
        Matcher w = RESULT.matcher(new String(warmup.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        assertThat(w.find()).isTrue();
        System.out.printf("load warm-up: %d connections, %d s, %s requests (%s/s), %s errors, p99 %s ms (not counted)%n",
            CLIENTS, WARMUP, w.group(1), w.group(6), w.group(2), w.group(5));
        for (int round = 1; round <= 2; round++) {
            long heapBefore = heapMb(), rssBefore = rssKb();
            Process wrk = new ProcessBuilder(WRK.toString(), "-t", Integer.toString(Math.min(4, CLIENTS)), "-c", Integer.toString(CLIENTS),
                "-d", SECONDS + "s", "--timeout", "10s", "-s", lua.toString(), "http://127.0.0.1:" + port)
                .redirectErrorStream(true).start();
            int arrived = ingestWhileLoaded(round, System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS));
            assertThat(wrk.waitFor(SECONDS + 60L, TimeUnit.SECONDS)).isTrue();
            String out = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            Matcher m = RESULT.matcher(out);
            assertThat(m.find()).as(out).isTrue();
            long heapAfter = heapMb(), rssAfter = rssKb();
            System.out.printf("load round %d: %d connections, %d s, %s requests (%s/s), %s errors, p50 %s ms, p95 %s ms, p99 %s ms; "
                    + "%d documents ingested meanwhile; heap %d → %d MB, RSS %d → %d MB%n",
                round, CLIENTS, SECONDS, m.group(1), m.group(6), m.group(2), m.group(3), m.group(4), m.group(5), arrived,
                heapBefore, heapAfter, rssBefore >> 10, rssAfter >> 10);
            assertThat(Long.parseLong(m.group(2))).as("errors (connect, read, write, non-2xx/3xx, timeouts)").isZero();
            assertThat(Long.parseLong(m.group(1))).isPositive();
            assertThat(arrived).isPositive();
        }
    }
}
