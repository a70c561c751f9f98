package org.govkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.net.URI;

import org.govkg.store.EmbeddedStore;
import org.govkg.store.KnowledgeStore;
import org.govkg.store.RemoteEndpoints;
import org.govkg.store.RemoteStore;
import org.govkg.store.ServerMarker;

import picocli.CommandLine.Option;

/** The {@code --store} option shared by every command that reads or writes the store. */
final class StoreOption {
    static final String DEFAULT = "var/store";

    @Option(names = "--store", paramLabel = "DIR|URL", defaultValue = DEFAULT,
        description = "Store directory (TDB2), created if missing, or the URL of a dataset on a SPARQL 1.1 server "
            + "(e.g. http://localhost:3030/govkg on Fuseki; user and password from GOVKG_STORE_USER and GOVKG_STORE_PASSWORD). "
            + "Default: ${DEFAULT-VALUE}. While 'govkg serve' holds a directory, the reading commands read through that server.")
    String store;

    /** The store, for a command that writes to it. */
    KnowledgeStore open() {
        return openEmbedded((dir, server) -> {
            throw new IllegalStateException("the store " + dir + " is in use by "
                + server.map(u -> "the govkg server at " + u).orElse("another govkg process")
                + "; stop it first (Ctrl-C in its terminal), or add the documents to its data folder and restart it");
        });
    }

    /**
     * The store, for a command that only reads: when a running {@code govkg serve} holds the
     * directory, its SPARQL endpoint serves the same data, so the command reads through it.
     */
    KnowledgeStore openForReading(PrintWriter err) {
        return openEmbedded((dir, server) -> {
            if (server.isEmpty())
                throw new IllegalStateException("the store " + dir + " is in use by another govkg process; "
                    + "stop it first, or wait until it has finished");
            err.println("govkg: " + dir + " is held by the server at " + server.get() + "; reading through its SPARQL endpoint");
            err.flush();
            return RemoteStore.readOnly(server.get());
        });
    }

    /** True when the option names a remote store. */
    boolean isRemote() {
        return RemoteEndpoints.isUrl(store);
    }

    /** The TDB2 store in the directory, the remote store at the URL, or what {@code whenLocked} makes of a directory another process holds. */
    private KnowledgeStore openEmbedded(java.util.function.BiFunction<Path, Optional<URI>, KnowledgeStore> whenLocked) {
        if (isRemote()) return RemoteStore.open(store, System.getenv());
        Path dir = Path.of(store);
        try {
            return EmbeddedStore.open(dir);
        } catch (RuntimeException e) {
            if (!isLockError(e)) throw e;
            return whenLocked.apply(dir, ServerMarker.liveServer(dir));
        }
    }

    /** TDB2 reports a directory held by another process only through its message. */
    private static boolean isLockError(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause())
            if (t.getMessage() != null && t.getMessage().contains("Failed to get a lock"))
                return true;
        return false;
    }
}
