package org.govkg.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.govkg.resolve.Curation;
import org.govkg.store.KnowledgeStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import jakarta.annotation.PostConstruct;

/**
 * Loads {@code <data>/documents} into the store when the server starts, before it takes requests.
 * Unchanged documents are skipped by content hash, so after the first start this costs a hash per file.
 */
@Component
public class DataFolderLoader {
    private static final Logger log = LoggerFactory.getLogger(DataFolderLoader.class);
    private final KnowledgeStore store;
    private final Path documents;

    public DataFolderLoader(KnowledgeStore store, @Value("${govkg.data}") Path data) {
        this.store = store;
        this.documents = data.resolve("documents");
    }

    @PostConstruct
    void load() throws IOException {
        if (!Files.isDirectory(documents)) {
            log.info("no {} folder: nothing to load", documents);
            return;
        }
        List<DocumentFile> files = Ingester.documents(List.of(documents));
        Curation curation = Curation.read(documents.getParent().resolve("curation.tsv"));
        List<FileOutcome> outcomes = new Ingester(store, new DocumentReader(), curation).ingestDocuments(files, this::report);
        long ingested = outcomes.stream().filter(o -> o.status() == FileOutcome.Status.INGESTED).count();
        log.info("loaded {}: {} ingested, {} unchanged or failed", documents, ingested, outcomes.size() - ingested);
    }

    private void report(FileOutcome o) {
        if (o.status() == FileOutcome.Status.FAILED)
            log.error("{}: {}", o.file(), o.message());
        else if (!o.violations().isEmpty())
            log.warn("{}: {} SHACL violation(s), first: {}", o.file(), o.violations().size(), o.violations().get(0));
    }
}
