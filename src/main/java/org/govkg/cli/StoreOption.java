package org.govkg.cli;

import java.nio.file.Path;

import org.govkg.store.EmbeddedStore;
import org.govkg.store.KnowledgeStore;

import picocli.CommandLine.Option;

/** The {@code --store} option shared by every command that reads or writes the store. */
final class StoreOption {
    static final String DEFAULT = "var/store";

    @Option(names = "--store", paramLabel = "DIR", defaultValue = DEFAULT,
        description = "Store directory (TDB2), created if missing. Default: ${DEFAULT-VALUE}. "
            + "An http(s):// URL of a remote SPARQL store is reserved for a later release.")
    String store;

    KnowledgeStore open() {
        if (store.startsWith("http://") || store.startsWith("https://"))
            throw new IllegalArgumentException("remote stores (" + store + ") are not supported yet; give a directory");
        return EmbeddedStore.open(Path.of(store));
    }
}
