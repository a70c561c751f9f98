package org.govkg.bench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.govkg.extract.DocumentExtractor;
import org.govkg.ingest.DocumentReader;
import org.govkg.ingest.Ingester;
import org.govkg.store.EmbeddedStore;

/**
 * Extraction throughput (characters per second, one thread, median of rounds after warm-up) and
 * end-to-end ingest throughput into a fresh TDB2 store, over a corpus made of copies of the seed
 * documents, each made distinct by a line of its own.
 */
public final class ExtractionBenchmark {
    private final PrintWriter out;
    private final Path seeds;
    private final int documents;
    private final int rounds;

    public ExtractionBenchmark(PrintWriter out, Path seeds, int documents, int rounds) {
        this.out = out;
        this.seeds = seeds;
        this.documents = documents;
        this.rounds = rounds;
    }

    public void run() throws Exception {
        Path dir = Files.createTempDirectory("govkg-bench");
        try {
            measure(dir);
        } finally {
            BenchCorpus.delete(dir); // a store and a corpus copy: about a gigabyte per run otherwise left in the temp folder
        }
    }

    private void measure(Path dir) throws Exception {
        List<Path> files = BenchCorpus.variedCopies(List.of(seeds), documents, dir);
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
    }

}
