package org.govkg.bench;

import org.govkg.diagram.*;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.govkg.store.EmbeddedStore;

/**
 * Render time per diagram kind, for a diagram of about 20 and of about 200 nodes, with native
 * Graphviz and with graphviz-java's JavaScript engine: median of repeated renders after warm-up.
 * Building the picture from the store (SPARQL) is timed apart from layout.
 */
public final class DiagramBenchmark {
    private final PrintWriter out;
    private final int rounds;

    public DiagramBenchmark(PrintWriter out, int rounds) {
        this.out = out;
        this.rounds = rounds;
    }

    public void run() {
        List<LayoutEngine> engines = new ArrayList<>();
        NativeDot.find().ifPresent(engines::add);
        engines.add(new JavascriptGraphviz());
        if (NativeDot.find().isEmpty()) out.println("native Graphviz (dot) is not installed: only the JavaScript engine is measured");
        out.println("(starting the JavaScript engine first, so that its one-off start is not timed)");
        out.flush();
        new JavascriptGraphviz().render("digraph { a -> b }", OutputFormat.SVG);
        out.printf("%-14s %6s %9s", "kind", "nodes", "build ms");
        for (LayoutEngine e : engines) out.printf(" %22s", e.name() + " SVG ms");
        for (LayoutEngine e : engines) out.printf(" %22s", e.name() + " PNG ms");
        out.println();
        for (int size : new int[] {20, 200}) {
            try (EmbeddedStore store = EmbeddedStore.inMemory()) {
                SyntheticGraphs.hub(store, size - 1, 0);
                SyntheticGraphs.structures(store, (size - 2) / 2);
                Diagrams diagrams = new Diagrams(store, engines.get(0));
                for (DiagramKind kind : DiagramKind.values()) if (kind != DiagramKind.QUERY) measure(diagrams, engines, request(kind, size));
            }
        }
        out.flush();
    }

    private static DiagramRequest request(DiagramKind kind, int size) {
        int cap = DiagramRequest.MAX_CAP;
        return switch (kind) {
            case NEIGHBOURHOOD -> new DiagramRequest(kind, List.of(SyntheticGraphs.GROUP), 1, cap, Set.of(), Set.of(), "zh");
            case GROUP -> new DiagramRequest(kind, List.of(SyntheticGraphs.CHARTED_GROUP), 1, cap, Set.of(), Set.of(), "zh");
            case PLAN -> new DiagramRequest(kind, List.of(SyntheticGraphs.PLAN), 1, cap, Set.of(), Set.of(), "zh");
            case DOCUMENT -> new DiagramRequest(kind, List.of(SyntheticGraphs.DOCUMENT), 1, cap, Set.of(), Set.of(), "zh");
            case PATH -> new DiagramRequest(kind, List.of(SyntheticGraphs.PATH_FROM, SyntheticGraphs.PATH_TO), 4, cap, Set.of(), Set.of(), "zh");
            case LINEAGE -> new DiagramRequest(kind, List.of(SyntheticGraphs.PLAN), 1, cap, Set.of(), Set.of(), "zh");
            case QUERY -> throw new IllegalArgumentException("not measured");
        };
    }

    private void measure(Diagrams diagrams, List<LayoutEngine> engines, DiagramRequest request) {
        List<Double> build = new ArrayList<>();
        Diagram d = null;
        for (int r = 0; r < rounds + 2; r++) {
            long t = System.nanoTime();
            d = diagrams.build(request);
            if (r >= 2) build.add((System.nanoTime() - t) / 1e6);
        }
        String dot = new DotWriter("/entity?iri=", request.lang()).write(d);
        int nodes = d.nodes().size();
        out.printf("%-14s %6d %9.1f", request.kind().key(), nodes, median(build));
        for (OutputFormat f : List.of(OutputFormat.SVG, OutputFormat.PNG))
            for (LayoutEngine e : engines) out.printf(" %22s", time(e, dot, f, nodes));
        out.println();
        out.flush();
    }

    private String time(LayoutEngine engine, String dot, OutputFormat format, int nodes) {
        // The JavaScript engine is slow on large pictures: fewer rounds there.
        int n = engine instanceof NativeDot || nodes < 100 ? rounds : Math.max(3, rounds / 4);
        List<Double> times = new ArrayList<>();
        try {
            engine.render(dot, format); // warm-up
            for (int r = 0; r < n; r++) {
                long t = System.nanoTime();
                engine.render(dot, format);
                times.add((System.nanoTime() - t) / 1e6);
            }
        } catch (DiagramException e) {
            return "failed";
        }
        return String.format("%.1f", median(times));
    }

    private static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        s.sort(null);
        return s.get(s.size() / 2);
    }
}
