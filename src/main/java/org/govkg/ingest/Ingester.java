package org.govkg.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Model;
import org.govkg.resolve.Curation;
import org.govkg.store.KnowledgeStore;
import org.govkg.store.StoreRefusedException;
import org.govkg.store.StoreUnavailableException;

/**
 * Reads, extracts, validates and stores documents, one write transaction per document. A file that
 * fails is reported and skipped; the rest of the batch goes on. An unchanged file is not stored again.
 */
public final class Ingester {
    private final KnowledgeStore store;
    private final DocumentReader reader;
    private final DocumentGraphBuilder graphs;

    public Ingester(KnowledgeStore store, DocumentReader reader) {
        this(store, reader, Curation.NONE);
    }

    /** An ingester that applies the user's curation file to every document it reads. */
    public Ingester(KnowledgeStore store, DocumentReader reader, Curation curation) {
        this.store = store;
        this.reader = reader;
        this.graphs = new DocumentGraphBuilder(curation);
    }

    /** Ingests files given on their own (each known by its file name), calling {@code listener} after each. */
    public List<FileOutcome> ingest(List<Path> files, Consumer<FileOutcome> listener) {
        return ingestDocuments(files.stream().map(DocumentFile::of).toList(), listener);
    }

    /** Ingests documents (as {@link #documents} finds them), calling {@code listener} after each. */
    public List<FileOutcome> ingestDocuments(List<DocumentFile> documents, Consumer<FileOutcome> listener) {
        List<FileOutcome> outcomes = new ArrayList<>();
        String unavailable = null;
        for (DocumentFile f : documents) {
            FileOutcome o;
            if (unavailable != null) {
                // a store that stopped answering would make each remaining document wait for its retries in vain
                o = new FileOutcome(f.path(), FileOutcome.Status.FAILED, "not stored: " + unavailable, 0, List.of());
            } else {
                try {
                    o = ingest(f);
                } catch (StoreUnavailableException e) {
                    unavailable = "the store stopped answering before this document (" + e.getMessage() + "); run the same command again to add it";
                    o = new FileOutcome(f.path(), FileOutcome.Status.FAILED, "not stored: " + e.getMessage(), 0, List.of());
                }
            }
            outcomes.add(o);
            listener.accept(o);
        }
        return outcomes;
    }

    public FileOutcome ingest(Path file) {
        return ingest(DocumentFile.of(file));
    }

    /**
     * Ingests one document. A store that refuses it makes it a failed file; a store that does not
     * answer throws {@link StoreUnavailableException}: nothing of the document got in.
     */
    public FileOutcome ingest(DocumentFile file) {
        try {
            if (file.leavesItsFolder())
                throw new IngestException(file.path(), "a symbolic link to a file outside " + file.folder() + "; not read");
            SourceDocument doc = graphs.curated(reader.read(file));
            if (store.isCurrent(Iris.document(doc.name()), doc.contentHash()))
                return new FileOutcome(file.path(), FileOutcome.Status.UNCHANGED, "unchanged", 0, List.of());
            DocumentGraphBuilder.Built built = graphs.build(doc);
            store.replaceGraph(built.graphIri(), built.graph());
            String message = built.extraction().mentions().isEmpty() ? "no entities found (stored with its metadata only)" : "ingested";
            return new FileOutcome(file.path(), FileOutcome.Status.INGESTED, message, built.graph().size(), built.violations());
        } catch (IngestException e) {
            return FileOutcome.failed(e);
        } catch (StoreRefusedException e) {
            return new FileOutcome(file.path(), FileOutcome.Status.FAILED, "not stored: " + e.getMessage(), 0, List.of());
        } catch (StoreUnavailableException e) {
            throw e;
        } catch (OutOfMemoryError e) {
            // The document's own objects are garbage once this returns, so the batch can go on.
            return new FileOutcome(file.path(), FileOutcome.Status.FAILED,
                "not stored: reading it needed more memory than the heap has (" + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                    + " MB; GOVKG_JAVA_OPTS=-Xmx… raises it)", 0, List.of());
        } catch (RuntimeException | StackOverflowError e) {
            // A fault of govkg or a library on this one file must not take the rest of the batch down.
            return new FileOutcome(file.path(), FileOutcome.Status.FAILED,
                "not stored: internal error while reading it (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + firstLine(e.getMessage())) + "); please report it with the file", 0, List.of());
        }
    }

    private static String firstLine(String message) {
        String line = message.lines().findFirst().orElse("");
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }

    /** The graph ingest would store for a document, without touching the store. */
    public Model graphOf(SourceDocument doc) {
        return graphs.build(graphs.curated(doc)).graph();
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
