package org.govkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.govkg.bench.DiagramBenchmark;
import org.govkg.bench.ExtractionBenchmark;
import org.govkg.bench.GraphSizeBenchmark;
import org.govkg.bench.IngestBenchmark;
import org.govkg.bench.ScaleBenchmark;
import org.govkg.bench.WebBenchmark;

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
        "Example: govkg bench --web --triples 1000000",
        "Example: govkg bench --ingest --documents 10000 --generated 1",
        "Example: govkg bench --graph-size --corpus data/documents --corpus var/generated",
        "Example: govkg bench --scale --sizes 1000,10000,100000"})
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

    @Option(names = "--graph-size", description = "Count the quads ingest writes per document instead (no store): per genre "
        + "(from NAME.gold.json beside a document, else its category) and per part of the graph, over the --corpus folders.")
    boolean graphSize;

    @Option(names = "--ingest", description = "Measure batch ingest instead: --documents copies of the --corpus documents "
        + "ingested into a fresh TDB2 store, then the very quads it wrote loaded by Jena's parallel and basic bulk loaders, "
        + "store size on disk before and after compaction, documents/s by tenth of the corpus.")
    boolean ingest;

    @Option(names = "--one-per-transaction", description = "With --ingest: write each document in its own transaction, as uploads are, for comparison.")
    boolean onePerTransaction;

    @Option(names = "--no-bulk", description = "With --ingest: skip the bulk loaders (for a corpus too large to hold three stores of on disk).")
    boolean noBulk;

    @Option(names = "--generated", paramLabel = "SEED", description = "With --ingest: a corpus written by 'govkg generate' with this seed instead of copies of --corpus.")
    Long generated;

    @Option(names = "--scale", description = "Measure against corpus size instead: for each of --sizes, a corpus written by "
        + "'govkg generate' (seed --generated, default 1) ingested into a fresh store under var/bench-scale, then served: ingest time, "
        + "quads, store size, peak heap, time to the first answered query, entity page, search and diagram latency (median, p95), "
        + "every example query over HTTP and in-process; writes var/bench-scale/scale.tsv (rows of sizes measured earlier and not again are kept) and scale.png.")
    boolean scale;

    @Option(names = "--sizes", paramLabel = "N,N…", split = ",", defaultValue = "1000,10000", description = "Corpus sizes for --scale. Default: ${DEFAULT-VALUE}.")
    List<Integer> sizes;

    @Option(names = "--corpus", paramLabel = "DIR", description = "Folder of documents for --graph-size and --ingest (repeatable). Default: --data.")
    List<Path> corpus;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (ingest) {
            IngestBenchmark b = new IngestBenchmark(out, corpus == null || corpus.isEmpty() ? List.of(data) : corpus, documents, onePerTransaction, generated);
            (noBulk ? b.withoutBulkLoaders() : b).run();
            return 0;
        }
        if (scale) {
            int perKind = spec.commandLine().getParseResult().hasMatchedOption("--requests") ? requests : 200;
            new ScaleBenchmark(out, sizes, generated == null ? 1 : generated, perKind, Path.of("var", "bench-scale")).run();
            return 0;
        }
        if (graphSize) {
            new GraphSizeBenchmark(out, corpus == null || corpus.isEmpty() ? List.of(data) : corpus).run();
            return 0;
        }
        if (web) {
            new WebBenchmark(out, data.getParent() == null ? Path.of(".") : data.getParent(), triples, requests).run();
            return 0;
        }
        if (diagrams) {
            new DiagramBenchmark(out, rounds).run();
            return 0;
        }
        new ExtractionBenchmark(out, data, documents, rounds).run();
        return 0;
    }
}
