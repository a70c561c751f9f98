package org.govkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.govkg.ingest.DocumentFile;
import org.govkg.ingest.DocumentReader;
import org.govkg.ingest.FileOutcome;
import org.govkg.ingest.Ingester;
import org.govkg.store.EmbeddedStore;
import org.govkg.store.KnowledgeStore;
import org.govkg.store.StoreQuery;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code govkg ingest}: files and folders into the store, one transaction per document. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = {"Read documents, extract entities and links, and store each in its own named graph.",
        "A file that fails is reported on one line and skipped; the others still get in. "
            + "Unchanged files (same content hash) are skipped. Exit code 1 if any file failed.",
        "Example: govkg ingest data/documents"})
final class IngestCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "10000",
        description = "Documents written per transaction into a store directory (all of a batch or none of it is in; a file "
            + "is reported once its batch is stored). Larger batches write faster and leave a smaller store. Default: ${DEFAULT-VALUE}.")
    int batch;

    @Option(names = {"-v", "--verbose"}, description = "Print one line per file, not only failures.")
    boolean verbose;

    @Option(names = "--curation", paramLabel = "FILE", defaultValue = "data/curation.tsv",
        description = "Curation file (merge/split/label rules) applied to every document, if it exists. Default: ${DEFAULT-VALUE}.")
    Path curation;

    @Option(names = "--server", paramLabel = "URL",
        description = "Send the files to a running govkg server (its POST /documents) instead of a store directory, "
            + "with the admin token from the environment variable GOVKG_ADMIN_TOKEN. Example: --server http://localhost:8080/")
    java.net.URI server;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files, or folders searched for documents (txt, html, docx, pdf).")
    List<Path> paths;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<DocumentFile> files = Ingester.documents(paths);
        int[] counts = new int[FileOutcome.Status.values().length];
        if (server != null) {
            DocumentUpload upload = DocumentUpload.to(server, System.getenv("GOVKG_ADMIN_TOKEN"));
            try (ProgressBar bar = progressBar(files.size())) {
                for (DocumentFile f : files) {
                    FileOutcome o = upload.send(f);
                    counts[o.status().ordinal()]++;
                    report(o, out, err);
                    bar.step();
                }
            }
            out.printf("ingested %d, unchanged %d, failed %d (on %s)%n", counts[0], counts[1], counts[2], server);
            out.flush();
            return counts[FileOutcome.Status.FAILED.ordinal()] > 0 ? 1 : 0;
        }
        String size = "";
        try (KnowledgeStore ks = store.open()) {
            try (ProgressBar bar = progressBar(files.size())) {
                java.util.Map<java.nio.file.Path, String> graphOf = new java.util.HashMap<>();
                files.forEach(f -> graphOf.put(f.path(), org.govkg.ingest.Iris.document(f.name())));
                new Ingester(ks, new DocumentReader(), org.govkg.resolve.Curation.read(curation)).batching(ks instanceof EmbeddedStore ? batch : 1).ingestDocuments(files, o -> {
                    counts[o.status().ordinal()]++;
                    report(o, out, err);
                    // what the document added, once its batch is in the store
                    if (verbose && o.status() == FileOutcome.Status.INGESTED)
                        org.govkg.feed.DocumentAdditions.of(ks, graphOf.get(o.file())).ifPresent(a -> out.println("  " + a.summary()));
                    bar.step();
                });
            }
            if (ks instanceof EmbeddedStore embedded) {
                long documents = embedded.read(c -> c.query(StoreQuery.named("document-count").query()).execSelect().next().getLiteral("n").getLong());
                long bytes = embedded.sizeOnDisk();
                size = String.format("; store %s on disk, %.0f KB per document", CompactCommand.megabytes(bytes),
                    documents == 0 ? 0.0 : bytes / 1024.0 / documents);
            }
        }
        out.printf("ingested %d, unchanged %d, failed %d%s%n", counts[0], counts[1], counts[2], size);
        out.flush();
        return counts[FileOutcome.Status.FAILED.ordinal()] > 0 ? 1 : 0;
    }

    /** A file's name on one line of a terminal: control characters (a newline in a name) written as escapes. */
    static String shown(java.nio.file.Path file) {
        StringBuilder b = new StringBuilder();
        file.toString().codePoints().forEach(c -> {
            if (c == '\n') b.append("\\n");
            else if (c == '\r') b.append("\\r");
            else if (c == '\t') b.append("\\t");
            else if (Character.isISOControl(c) || c == 0x202E || c == 0x202D || c == 0x2066 || c == 0x2067 || c == 0x2068)
                b.append(String.format("\\u%04X", c));
            else b.appendCodePoint(c);
        });
        return b.toString();
    }

    private void report(FileOutcome o, PrintWriter out, PrintWriter err) {
        switch (o.status()) {
            case FAILED -> err.println("error: " + shown(o.file()) + ": " + o.message());
            case INGESTED -> {
                if (verbose)
                    out.println("ingested " + shown(o.file()) + " (" + o.triples() + " triples)");
                if (!o.message().equals("ingested"))
                    err.println("warning: " + shown(o.file()) + ": " + o.message());
                if (!o.violations().isEmpty())
                    err.println("warning: " + shown(o.file()) + ": " + o.violations().size()
                        + " SHACL violation(s), first: " + o.violations().get(0));
            }
            case UNCHANGED -> {
                if (verbose)
                    out.println("unchanged " + shown(o.file()));
            }
        }
        out.flush();
        err.flush();
    }

    /**
     * A progress bar on stderr for batches long enough to need one, drawn only on a terminal: into
     * a log file or a pipe it would only interleave carriage returns with the error lines.
     */
    private static ProgressBar progressBar(int total) {
        return new ProgressBarBuilder().setTaskName("ingest").setInitialMax(total)
            .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(500)
            .continuousUpdate().setConsumer(total >= 20 && System.console() != null ? new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err)
                : new me.tongfei.progressbar.DelegatingProgressBarConsumer(s -> { }))
            .build();
    }
}
