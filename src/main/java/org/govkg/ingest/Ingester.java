package org.govkg.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Model;
import org.govkg.resolve.Curation;
import org.govkg.store.EmbeddedStore;
import org.govkg.store.KnowledgeStore;
import org.govkg.store.StoreRefusedException;
import org.govkg.store.StoreUnavailableException;

/**
 * Reads, extracts, validates and stores documents: a folder in batches of documents per write
 * transaction, a single document in its own. A file that fails is reported and skipped; the rest of
 * the batch goes on. An unchanged file is not stored again.
 */
public final class Ingester {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Ingester.class);
    private final KnowledgeStore store;
    private final DocumentReader reader;
    private final DocumentGraphBuilder graphs;
    private int batchDocuments;

    public Ingester(KnowledgeStore store, DocumentReader reader) {
        this(store, reader, Curation.NONE);
    }

    /** An ingester that applies the user's curation file to every document it reads. */
    public Ingester(KnowledgeStore store, DocumentReader reader, Curation curation) {
        this.store = store;
        this.reader = reader;
        this.graphs = new DocumentGraphBuilder(curation);
        // a remote store takes one graph per request anyway: its documents are reported as each is in
        this.batchDocuments = store instanceof EmbeddedStore ? BATCH_DOCUMENTS : 1;
    }

    /** Writes at most {@code documents} documents per write transaction (1: each in its own, as uploads are). */
    public Ingester batching(int documents) {
        if (documents < 1) throw new IllegalArgumentException("a batch holds at least one document, not " + documents);
        this.batchDocuments = documents;
        return this;
    }

    /** Ingests files given on their own (each known by its file name), calling {@code listener} after each. */
    public List<FileOutcome> ingest(List<Path> files, Consumer<FileOutcome> listener) {
        return ingestDocuments(files.stream().map(DocumentFile::of).toList(), listener);
    }

    /**
     * Ingests documents (as {@link #documents} finds them), calling {@code listener} for each, in
     * their order, once it is stored or refused. Documents are written together, up to
     * {@link #batching} documents per write transaction (a batch is all in or all out), since one
     * small transaction per document costs TDB2 a copy of every block it touches; a batch the store
     * refuses is written again one document at a time, so that only the document at fault is lost.
     */
    public List<FileOutcome> ingestDocuments(List<DocumentFile> documents, Consumer<FileOutcome> listener) {
        List<FileOutcome> outcomes = new ArrayList<>();
        String unavailable = null;
        // Reading and extracting the next documents goes on in a second thread while a batch is written.
        ExecutorService reading = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "govkg-ingest-reader");
            t.setDaemon(true);
            return t;
        });
        Batch batch = new Batch(o -> {
            outcomes.add(o);
            listener.accept(o);
        }, reading);
        ArrayDeque<Future<Prepared>> ahead = new ArrayDeque<>();
        try {
            int next = 0;
            for (DocumentFile f : documents) {
                while (next < documents.size() && ahead.size() < READ_AHEAD) {
                    DocumentFile d = documents.get(next++);
                    ahead.add(reading.submit(() -> prepare(d)));
                }
                Future<Prepared> prepared = ahead.remove();
                if (unavailable != null) {
                    // a store that stopped answering would make each remaining document wait for its retries in vain
                    prepared.cancel(true);
                    batch.add(Prepared.outcome(f, new FileOutcome(f.path(), FileOutcome.Status.FAILED, "not stored: " + unavailable, 0, List.of())));
                    continue;
                }
                try {
                    batch.add(take(prepared));
                } catch (StoreUnavailableException e) {
                    unavailable = "the store stopped answering before this document (" + e.getMessage() + "); run the same command again to add it";
                    batch.failAll(e);
                    boolean reported = !outcomes.isEmpty() && outcomes.get(outcomes.size() - 1).file().equals(f.path());
                    if (!reported)
                        batch.add(Prepared.outcome(f, new FileOutcome(f.path(), FileOutcome.Status.FAILED, "not stored: " + e.getMessage(), 0, List.of())));
                }
            }
            try {
                batch.flush(true);
            } catch (StoreUnavailableException e) {
                batch.failAll(e);
            }
        } finally {
            reading.shutdownNow();
        }
        return outcomes;
    }

    /** Documents read ahead of the one being added to the batch. */
    private static final int READ_AHEAD = 256;

    private static Prepared take(Future<Prepared> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading documents", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * A document read and turned into its graph, or (graph null) the outcome that says why it will
     * not be written; once its graph is in an open batch, only whether it had one is kept.
     */
    private record Prepared(DocumentFile file, String graphIri, Model graph, boolean hadGraph, FileOutcome outcome) {
        static Prepared outcome(DocumentFile file, FileOutcome outcome) {
            return new Prepared(file, null, null, false, outcome);
        }

        Prepared withoutGraph() {
            return new Prepared(file, graphIri, null, true, outcome);
        }
    }

    /**
     * The documents of the write transaction being filled, in the order they were read: each graph
     * goes into the store's open batch as soon as it is read (it need not stay in memory), the
     * outcomes are reported once the batch is committed. A batch the store refuses is abandoned and
     * its documents read and written again one at a time, so that only the document at fault fails.
     */
    private final class Batch {
        private final Consumer<FileOutcome> report;
        private final ExecutorService reading;
        private final List<Prepared> pending = new ArrayList<>();
        private KnowledgeStore.GraphBatch open;
        private int graphs;

        /** {@code reading}: the thread that reads documents (extraction is not shared between threads). */
        Batch(Consumer<FileOutcome> report, ExecutorService reading) {
            this.report = report;
            this.reading = reading;
        }

        void add(Prepared p) {
            if (p.graph() == null) {
                if (graphs == 0) report.accept(p.outcome());
                else pending.add(p);
                return;
            }
            if (batchDocuments == 1) {
                report.accept(write(p));
                return;
            }
            try {
                if (open == null) open = store.batch();
                open.put(p.graphIri(), p.graph());
            } catch (StoreUnavailableException e) {
                throw e; // the caller reports this document with the rest
            } catch (RuntimeException e) {
                pending.add(p.withoutGraph());
                graphs++;
                oneByOne();
                return;
            }
            pending.add(p.withoutGraph());
            if (++graphs >= batchDocuments) flush(false);
        }

        /** Commits the open batch; {@code last}: no batch follows in this ingest. */
        void flush(boolean last) {
            if (open != null) {
                try {
                    open.commit();
                } catch (StoreUnavailableException e) {
                    throw e;
                } catch (RuntimeException e) {
                    oneByOne();
                    return;
                } finally {
                    open.close();
                    open = null;
                }
            }
            pending.forEach(p -> report.accept(p.outcome()));
            pending.clear();
            graphs = 0;
            // Compacting takes long (minutes per gigabyte) and grows with the store, so between batches
            // only when the disk would not hold the next batch's block copies; after the last, when grown.
            if (store instanceof EmbeddedStore embedded)
                (last ? embedded.compactIfGrown() : embedded.compactIfDiskShort())
                    .ifPresent(c -> log.info("compacted the store: {} MB → {} MB", c.bytesBefore() >> 20, c.bytesAfter() >> 20));
        }

        /** The batch was refused: nothing of it is in; each of its documents is read again and written on its own. */
        private void oneByOne() {
            if (open != null) {
                open.close();
                open = null;
            }
            List<Prepared> again = List.copyOf(pending);
            pending.clear();
            graphs = 0;
            for (int i = 0; i < again.size(); i++) {
                Prepared p = again.get(i);
                if (!p.hadGraph()) {
                    report.accept(p.outcome());
                    continue;
                }
                Prepared fresh = take(reading.submit(() -> prepare(p.file())));
                try {
                    report.accept(fresh.graph() == null ? fresh.outcome() : write(fresh));
                } catch (StoreUnavailableException e) {
                    pending.addAll(again.subList(i, again.size()));
                    throw e;
                }
            }
        }

        /** The documents read but not written when the store stopped answering. */
        void failAll(StoreUnavailableException e) {
            if (open != null) {
                open.close();
                open = null;
            }
            pending.forEach(p -> report.accept(!p.hadGraph() ? p.outcome()
                : new FileOutcome(p.file().path(), FileOutcome.Status.FAILED, "not stored: " + e.getMessage(), 0, List.of())));
            pending.clear();
            graphs = 0;
        }
    }

    /** Documents per write transaction by default: few transactions leave TDB2 few block copies to compact away. */
    static final int BATCH_DOCUMENTS = 10_000;

    public FileOutcome ingest(Path file) {
        return ingest(DocumentFile.of(file));
    }

    /**
     * Ingests one document. A store that refuses it makes it a failed file; a store that does not
     * answer throws {@link StoreUnavailableException}: nothing of the document got in.
     */
    public FileOutcome ingest(DocumentFile file) {
        Prepared p = prepare(file);
        return p.graph() == null ? p.outcome() : write(p);
    }

    /** Reads a document and builds its graph; an unchanged or unreadable one gets its outcome instead. */
    private Prepared prepare(DocumentFile file) {
        try {
            if (file.leavesItsFolder())
                throw new IngestException(file.path(), "a symbolic link to a file outside " + file.folder() + "; not read");
            SourceDocument doc = graphs.curated(reader.read(file));
            if (store.isCurrent(Iris.document(doc.name()), doc.contentHash()))
                return Prepared.outcome(file, new FileOutcome(file.path(), FileOutcome.Status.UNCHANGED, "unchanged", 0, List.of()));
            DocumentGraphBuilder.Built built = graphs.build(doc);
            stampStored(built);
            String message = built.extraction().mentions().isEmpty() ? "no entities found (stored with its metadata only)" : "ingested";
            return new Prepared(file, built.graphIri(), built.graph(), true, new FileOutcome(file.path(), FileOutcome.Status.INGESTED, message, built.graph().size(), built.violations()));
        } catch (IngestException e) {
            return Prepared.outcome(file, FileOutcome.failed(e));
        } catch (StoreUnavailableException e) {
            throw e;
        } catch (OutOfMemoryError e) {
            // The document's own objects are garbage once this returns, so the batch can go on.
            return Prepared.outcome(file, new FileOutcome(file.path(), FileOutcome.Status.FAILED,
                "not stored: reading it needed more memory than the heap has (" + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                    + " MB; GOVKG_JAVA_OPTS=-Xmx… raises it)", 0, List.of()));
        } catch (RuntimeException | StackOverflowError e) {
            return Prepared.outcome(file, internalError(file, e));
        }
    }

    /** The last time stamped, in microseconds: documents of one batch are told apart by when each was read. */
    private static final java.util.concurrent.atomic.AtomicLong LAST_STAMP = new java.util.concurrent.atomic.AtomicLong();

    /**
     * Records when this version of the document was stored ({@code prov:generatedAtTime}, strictly
     * later than any stamped before in this process), which is how the feed and "what this document
     * added" order documents.
     */
    private static void stampStored(DocumentGraphBuilder.Built built) {
        java.time.Instant now = java.time.Instant.now();
        long micros = LAST_STAMP.updateAndGet(last -> Math.max(last + 1, now.getEpochSecond() * 1_000_000 + now.getNano() / 1_000));
        java.time.Instant at = java.time.Instant.ofEpochSecond(micros / 1_000_000, (micros % 1_000_000) * 1_000);
        built.graph().add(org.apache.jena.rdf.model.ResourceFactory.createResource(built.graphIri()), org.govkg.vocab.PROV.generatedAtTime,
            built.graph().createTypedLiteral(at.toString(), org.apache.jena.datatypes.xsd.XSDDatatype.XSDdateTime));
    }

    /** Writes one prepared document in its own transaction. */
    private FileOutcome write(Prepared p) {
        try {
            store.replaceGraph(p.graphIri(), p.graph());
            return p.outcome();
        } catch (StoreRefusedException e) {
            return new FileOutcome(p.file().path(), FileOutcome.Status.FAILED, "not stored: " + e.getMessage(), 0, List.of());
        } catch (StoreUnavailableException e) {
            throw e;
        } catch (RuntimeException e) {
            return internalError(p.file(), e);
        }
    }

    /** A fault of govkg or a library on this one file must not take the rest of the batch down. */
    private static FileOutcome internalError(DocumentFile file, Throwable e) {
        return new FileOutcome(file.path(), FileOutcome.Status.FAILED,
            "not stored: internal error while reading it (" + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + firstLine(e.getMessage())) + "); please report it with the file", 0, List.of());
    }

    private static String firstLine(String message) {
        String line = message.lines().findFirst().orElse("");
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }

    /** The graph ingest would store for a document (stamped as stored now), without touching the store. */
    public Model graphOf(SourceDocument doc) {
        DocumentGraphBuilder.Built built = graphs.build(graphs.curated(doc));
        stampStored(built);
        return built.graph();
    }

    /** Extensions of the files a folder is searched for; a file named on the command line is read whatever its name. */
    public static final java.util.Set<String> DOCUMENT_EXTENSIONS = java.util.Set.of("txt", "text", "html", "htm", "docx", "doc", "pdf");

    /** The files under each path: a file as given, a folder's documents recursively (hidden ones skipped), sorted. */
    public static List<Path> expand(List<Path> paths) throws IOException {
        return documents(paths).stream().map(DocumentFile::path).toList();
    }

    /**
     * The documents under each path, each with its name: a file as given (its file name), a folder's
     * documents recursively (hidden ones skipped), sorted, named by their path relative to the folder.
     */
    public static List<DocumentFile> documents(List<Path> paths) throws IOException {
        List<DocumentFile> out = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.isDirectory(p)) {
                out.add(DocumentFile.of(p));
                continue;
            }
            try (Stream<Path> walk = Files.walk(p)) {
                walk.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .filter(Ingester::isDocument)
                    .sorted()
                    .forEach(f -> out.add(DocumentFile.under(p, f)));
            }
        }
        return out;
    }

    private static boolean isDocument(Path f) {
        String name = f.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && DOCUMENT_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT));
    }
}
