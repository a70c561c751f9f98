package org.govkg.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.govkg.diagram.DiagramBenchmark;
import org.govkg.extract.DocumentExtractor;
import org.govkg.ingest.DocumentReader;
import org.govkg.ingest.Ingester;
import org.govkg.store.EmbeddedStore;
import org.govkg.web.WebBenchmark;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code govkg bench}: extraction and ingest throughput, printed as figures. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Measure extraction throughput (characters per second, one thread) and end-to-end ingest "
        + "throughput into a fresh TDB2 store (documents per second) over a generated corpus: the documents of "
        + "--data, each varied so that no two are identical.",
        "Example: govkg bench --documents 300",
        "Example: govkg bench --diagrams --rounds 20",
        "Example: govkg bench --web --triples 1000000"})
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data/documents", description = "Seed documents. Default: ${DEFAULT-VALUE}.")
    Path data;

    @Option(names = "--documents", paramLabel = "N", defaultValue = "300", description = "Documents to generate. Default: ${DEFAULT-VALUE}.")
    int documents;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "20", description = "Timed extraction rounds after one warm-up. Default: ${DEFAULT-VALUE}.")
    int rounds;

    @Option(names = "--diagrams", description = "Measure diagram building and layout instead: per kind, about 20 and 200 nodes, "
        + "native Graphviz and the JavaScript engine (median of --rounds renders).")
    boolean diagrams;

    @Option(names = "--web", description = "Measure the entity page and search over HTTP (median, p95): on the sample "
        + "documents, then on a generated store of at least --triples triples.")
    boolean web;

    @Option(names = "--triples", paramLabel = "N", defaultValue = "1000000", description = "Size of the generated store for --web. Default: ${DEFAULT-VALUE}.")
    long triples;

    @Option(names = "--requests", paramLabel = "N", defaultValue = "400", description = "Timed requests per page kind for --web. Default: ${DEFAULT-VALUE}.")
    int requests;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (web) {
            new WebBenchmark(out, data.getParent() == null ? Path.of(".") : data.getParent(), triples, requests).run();
            return 0;
        }
        if (diagrams) {
            new DiagramBenchmark(out, rounds).run();
            return 0;
        }
        Path dir = Files.createTempDirectory("govkg-bench");
        List<Path> files = generate(dir);
        List<String> texts = new ArrayList<>();
        long chars = 0;
        for (Path f : files) {
            String t = new DocumentReader().read(f).text();
            texts.add(t);
            chars += t.length();
        }
        DocumentExtractor extractor = new DocumentExtractor();
        for (int w = 0; w < 5; w++)
            texts.forEach(extractor::extract); // warm-up: JIT and lexicon
        List<Double> rates = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            long start = System.nanoTime();
            texts.forEach(extractor::extract);
            rates.add(chars / ((System.nanoTime() - start) / 1e9));
        }
        rates.sort(null);
        out.printf("corpus: %d documents, %d characters (%d per document on average)%n", files.size(), chars, chars / files.size());
        out.printf("extraction, one thread: median %.0f chars/s (min %.0f, max %.0f over %d rounds)%n",
            rates.get(rates.size() / 2), rates.get(0), rates.get(rates.size() - 1), rounds);
        try (EmbeddedStore store = EmbeddedStore.open(dir.resolve("store"))) {
            long start = System.nanoTime();
            new Ingester(store, new DocumentReader()).ingest(files, o -> { });
            double seconds = (System.nanoTime() - start) / 1e9;
            out.printf("ingest into TDB2 (read, extract, validate, write one transaction each): %.1f documents/s (%.1f s)%n",
                files.size() / seconds, seconds);
        }
        out.flush();
        return 0;
    }

    private List<Path> generate(Path dir) throws Exception {
        List<Path> seeds = Ingester.expand(List.of(data));
        if (seeds.isEmpty())
            throw new IllegalArgumentException("no documents in " + data);
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < documents; i++) {
            String text = Files.readString(seeds.get(i % seeds.size()));
            Path f = dir.resolve(String.format("bench-%04d.txt", i));
            Files.writeString(f, text + "\n（第" + i + "份）\n");
            files.add(f);
        }
        return files;
    }
}
