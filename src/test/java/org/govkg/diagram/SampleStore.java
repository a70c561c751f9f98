package org.govkg.diagram;

import java.nio.file.Path;
import java.util.List;

import org.govkg.ingest.DocumentReader;
import org.govkg.ingest.Ingester;
import org.govkg.store.EmbeddedStore;

/** An in-memory store holding the sample documents of {@code data/documents}, as the server loads them. */
final class SampleStore {
    private SampleStore() {}

    static EmbeddedStore open() throws Exception {
        EmbeddedStore store = EmbeddedStore.inMemory();
        new Ingester(store, new DocumentReader()).ingest(Ingester.expand(List.of(Path.of("data/documents"))), o -> { });
        return store;
    }
}
