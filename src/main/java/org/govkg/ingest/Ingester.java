package org.govkg.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ResourceFactory;
import org.govkg.extract.DocumentExtractor;
import org.govkg.extract.model.Extraction;
import org.govkg.resolve.Curation;
import org.govkg.store.KnowledgeStore;
import org.govkg.vocab.GKG;

/**
 * Reads, extracts, validates and stores documents, one write transaction per document. A file that
 * fails is reported and skipped; the rest of the batch goes on. An unchanged file is not stored again.
 */
public final class Ingester {
    private final KnowledgeStore store;
    private final DocumentReader reader;
    private final DocumentExtractor extractor;
    private final DocumentGraphWriter writer = new DocumentGraphWriter();
    private final GraphValidator validator = new GraphValidator();
    private final Curation curation;

    public Ingester(KnowledgeStore store, DocumentReader reader) {
        this(store, reader, Curation.NONE);
    }

    /** An ingester that applies the user's curation file to every document it reads. */
    public Ingester(KnowledgeStore store, DocumentReader reader, Curation curation) {
        this.store = store;
        this.reader = reader;
        this.curation = curation;
        this.extractor = new DocumentExtractor(curation);
    }

    /** Ingests every file under the paths, calling {@code listener} after each. */
    public List<FileOutcome> ingest(List<Path> files, Consumer<FileOutcome> listener) {
        List<FileOutcome> outcomes = new ArrayList<>();
        for (Path f : files) {
            FileOutcome o = ingest(f);
            outcomes.add(o);
            listener.accept(o);
        }
        return outcomes;
    }

    public FileOutcome ingest(Path file) {
        try {
            SourceDocument read = reader.read(file);
            // a changed curation file must reach documents whose bytes did not change
            String hash = curation.hash().isEmpty() ? read.contentHash() : read.contentHash() + "+" + curation.hash();
            SourceDocument doc = new SourceDocument(read.path(), read.text(), read.charset(), hash);
            String graphIri = Iris.document(doc.fileName());
            if (store.isCurrent(graphIri, doc.contentHash()))
                return new FileOutcome(file, FileOutcome.Status.UNCHANGED, "unchanged", 0, List.of());
            Extraction x = extractor.extract(doc.text());
            Model graph = writer.write(doc, x);
            DocumentGraphWriter.relabel(graph, curation);
            List<GraphValidator.Violation> violations = validator.validate(graph);
            graph.addLiteral(ResourceFactory.createResource(graphIri), GKG.shaclViolations, (long) violations.size());
            store.replaceGraph(graphIri, graph);
            String message = x.mentions().isEmpty() ? "no entities found (stored with its metadata only)" : "ingested";
            return new FileOutcome(file, FileOutcome.Status.INGESTED, message, graph.size(), violations);
        } catch (IngestException e) {
            return FileOutcome.failed(e);
        }
    }

    /** The graph ingest would store for a document, without touching the store. */
    public Model graphOf(SourceDocument doc) {
        Extraction x = extractor.extract(doc.text());
        Model graph = writer.write(doc, x);
        DocumentGraphWriter.relabel(graph, curation);
        return graph;
    }

    /** Extensions of the files a folder is searched for; a file named on the command line is read whatever its name. */
    public static final java.util.Set<String> DOCUMENT_EXTENSIONS = java.util.Set.of("txt", "text", "html", "htm", "docx", "doc", "pdf");

    /** The files under each path: a file as given, a folder's documents recursively (hidden ones skipped), sorted. */
    public static List<Path> expand(List<Path> paths) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.isDirectory(p)) {
                out.add(p);
                continue;
            }
            try (Stream<Path> walk = Files.walk(p)) {
                walk.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .filter(Ingester::isDocument)
                    .sorted()
                    .forEach(out::add);
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
