package org.govkg.bench;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.govkg.ingest.DocumentReader;
import org.govkg.ingest.FileOutcome;
import org.govkg.ingest.Ingester;
import org.govkg.store.EmbeddedStore;

/**
 * End-to-end ingest (read, extract, validate, write) of a corpus into a fresh TDB2 store, side by
 * side with Jena's bulk loaders loading the very quads govkg wrote, in the same run: time, quads,
 * size on disk before and after compaction, and documents per second along the way (is the cost
 * linear?).
 */
public final class IngestBenchmark {
    private final PrintWriter out;
    private final List<Path> seeds;
    private final int documents;
    private final boolean onePerTransaction;
    private final Long generatorSeed;
    private boolean withBulkLoaders = true;

    /**
     * With {@code onePerTransaction}, each document is written in its own transaction (as uploads
     * are), for comparison; with a {@code generatorSeed}, the corpus is {@code govkg generate}'s
     * instead of copies of the seed documents.
     */
    public IngestBenchmark(PrintWriter out, List<Path> seeds, int documents, boolean onePerTransaction, Long generatorSeed) {
        this.out = out;
        this.seeds = seeds;
        this.documents = documents;
        this.onePerTransaction = onePerTransaction;
        this.generatorSeed = generatorSeed;
    }

    /** Skips exporting the quads and loading them with the bulk loaders (for a corpus too large to hold three stores of). */
    public IngestBenchmark withoutBulkLoaders() {
        withBulkLoaders = false;
        return this;
    }

    public void run() throws Exception {
        Path dir = Files.createTempDirectory("govkg-ingest-bench");
        try {
            List<Path> files;
            if (generatorSeed != null) {
                files = new CorpusGenerator(generatorSeed).write(documents, dir.resolve("documents"));
                out.printf("corpus: %d documents written by govkg generate (seed %d)%n", files.size(), generatorSeed);
            } else {
                files = BenchCorpus.variedCopies(seeds, documents, dir.resolve("documents"));
                out.printf("corpus: %d documents made distinct from the %d documents of %s%n", files.size(),
                    Math.min(files.size(), Ingester.expand(seeds).size()), seeds);
            }
            Path store = dir.resolve("govkg");
            Path nquads = dir.resolve("govkg.nq");
            long quads;
            double seconds;
            List<Long> marks = new ArrayList<>();
            EmbeddedStore.Compaction compaction;
            double compactSeconds;
            HeapWatch heap = new HeapWatch();
            try (EmbeddedStore s = EmbeddedStore.open(store)) {
                long start = System.nanoTime();
                int[] n = {0};
                Ingester ingester = new Ingester(s, new DocumentReader());
                java.util.function.Consumer<FileOutcome> mark = o -> {
                    if (++n[0] % Math.max(1, files.size() / 10) == 0) marks.add(System.nanoTime() - start);
                };
                if (onePerTransaction) files.forEach(f -> mark.accept(ingester.ingest(f)));
                else ingester.ingest(files, mark);
                seconds = (System.nanoTime() - start) / 1e9;
                heap.stop();
                quads = s.read(c -> c.query("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }").execSelect().next().getLiteral("n").getLong());
                // the ingest itself compacted after its last batch if the store had doubled (timed above);
                // only what is left is compacted here, so that no store is compacted twice
                long t = System.nanoTime();
                compaction = s.compactIfGrownBy(1.05).orElseGet(() -> new EmbeddedStore.Compaction(s.sizeOnDisk(), s.sizeOnDisk()));
                compactSeconds = (System.nanoTime() - t) / 1e9;
                if (withBulkLoaders)
                    try (OutputStream os = Files.newOutputStream(nquads)) {
                        s.export(os, Lang.NQUADS);
                    }
            }
            out.printf("govkg ingest (%s): %.1f s, %.1f documents/s, %.0f quads/s, %d quads (%.0f per document)%n",
                onePerTransaction ? "one transaction per document" : "batches", seconds, files.size() / seconds, quads / seconds, quads, (double) quads / files.size());
            out.printf("  store on disk: %s after ingest (which compacts after its last batch when the store has doubled; %.0f KB per document), %s after compacting the rest (%.0f KB per document; %.1f s)%n",
                mb(compaction.bytesBefore()), compaction.bytesBefore() / 1024.0 / files.size(),
                mb(compaction.bytesAfter()), compaction.bytesAfter() / 1024.0 / files.size(), compactSeconds);
            out.printf("  seconds until each tenth of the corpus was stored: %s%n", tenths(marks));
            out.printf("  peak heap in use while ingesting: %d MB (of at most %d MB)%n", heap.peak() >> 20, Runtime.getRuntime().maxMemory() >> 20);
            if (!withBulkLoaders) {
                out.flush();
                return;
            }
            double parallel = bulk("parallel", dir.resolve("parallel"), nquads, dsg -> LoaderFactory.parallelLoader(dsg, (fmt, args) -> { }));
            double basic = bulk("basic", dir.resolve("basic"), nquads, dsg -> LoaderFactory.basicLoader(dsg, (fmt, args) -> { }));
            double best = Math.min(parallel, basic);
            out.printf("govkg / bulk loader (faster of the two): %.2f×%n", seconds / best);
            out.flush();
        } finally {
            BenchCorpus.delete(dir);
        }
    }

    private double bulk(String name, Path location, Path nquads, Function<DatasetGraph, DataLoader> loader) throws Exception {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(location.toString());
        try {
            long start = System.nanoTime();
            DataLoader l = loader.apply(dsg);
            l.startBulk();
            l.load(nquads.toString());
            l.finishBulk();
            double seconds = (System.nanoTime() - start) / 1e9;
            long quads = Txn.calculateRead(dsg, () -> dsg.stream().count());
            out.printf("tdb2 %s loader, same quads: %.1f s (%d quads), store on disk %s%n", name, seconds, quads,
                mb(EmbeddedStore.diskUsage(location)));
            return seconds;
        } finally {
            TDBInternal.expel(dsg);
            BenchCorpus.delete(location);
        }
    }

    private static String tenths(List<Long> marks) {
        StringBuilder b = new StringBuilder();
        for (long m : marks) b.append(String.format("%.1f ", m / 1e9));
        return b.toString().strip();
    }

    static String mb(long bytes) {
        return String.format("%.1f MB", bytes / 1024.0 / 1024.0);
    }

}
