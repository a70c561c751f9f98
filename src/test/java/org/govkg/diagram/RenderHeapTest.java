package org.govkg.diagram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;

import org.govkg.bench.SyntheticGraphs;
import org.govkg.store.EmbeddedStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A thousand renders in one JVM leave the heap where it was after the first hundred, with the
 * native engine and with graphviz-java's V8 engine (whose leak was reported upstream).
 */
class RenderHeapTest {
    static final int RENDERS = 1000;
    static EmbeddedStore store;
    static String dot;

    @BeforeAll
    static void load() {
        store = EmbeddedStore.inMemory();
        SyntheticGraphs.hub(store, 19, 0);
        Diagrams diagrams = new Diagrams(store, LayoutEngine.best());
        dot = diagrams.render(DiagramRequest.of(DiagramKind.NEIGHBOURHOOD, SyntheticGraphs.GROUP), OutputFormat.DOT, "/entity?iri=").dot();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void nativeDotKeepsTheHeapFlatAndLeavesNoTemporaryFiles() throws Exception {
        assumeTrue(NativeDot.find().isPresent(), "native Graphviz is not installed");
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        long before = graphvizTempEntries(tmp);
        assertHeapFlat(NativeDot.find().get());
        // graphviz-java's command-line engine would leave GraphvizJava/DotEngine* folders behind.
        assertThat(graphvizTempEntries(tmp)).isEqualTo(before);
    }

    private static long graphvizTempEntries(Path tmp) throws Exception {
        Path gv = tmp.resolve("GraphvizJava");
        if (!Files.isDirectory(gv)) return 0;
        try (var s = Files.list(gv)) {
            return s.count();
        }
    }

    @Test
    void javascriptEngineKeepsTheHeapFlat() {
        assertHeapFlat(new JavascriptGraphviz());
    }

    private static void assertHeapFlat(LayoutEngine engine) {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long baseline = 0;
        long start = System.nanoTime();
        for (int i = 1; i <= RENDERS; i++) {
            byte[] svg = engine.render(dot, OutputFormat.SVG);
            assertThat(svg.length).isGreaterThan(1000);
            if (i == 100) baseline = usedAfterGc(memory);
        }
        long end = usedAfterGc(memory);
        double ms = (System.nanoTime() - start) / 1e6 / RENDERS;
        System.out.printf("%s: %d renders of a 20-node diagram, %.1f ms each; heap after 100: %.1f MB, after %d: %.1f MB; RSS %s%n",
            engine.name(), RENDERS, ms, baseline / 1e6, RENDERS, end / 1e6, rss());
        assertThat(end - baseline).as("heap growth over %d renders", RENDERS - 100).isLessThan(16_000_000L);
    }

    private static long usedAfterGc(MemoryMXBean memory) {
        for (int i = 0; i < 3; i++) System.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }

    private static String rss() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmRSS"))
                .map(l -> l.replaceAll("\\s+", " ").substring(6).strip()).findFirst().orElse("?");
        } catch (Exception e) {
            return "?";
        }
    }

}
