package org.govkg.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.govkg.store.EmbeddedStore;
import org.govkg.store.KnowledgeStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code govkg compact}: rewrites a TDB2 store without the block copies its past transactions left
 * behind. Ingest and a starting server compact a store that has doubled since its last compaction;
 * this command is for doing it now, on a store no server holds.
 */
@Command(name = "compact", mixinStandardHelpOptions = true,
    description = {"Rewrite the store directory without the copies of blocks that past write transactions left behind "
        + "(TDB2 never reuses them), then delete the old generation; prints the size before and after. "
        + "'govkg ingest' and 'govkg serve' (after loading its data folder) compact a store that has doubled since its last "
        + "compaction, so this is rarely needed.",
        "A store held by 'govkg serve' is refused: the server compacts it itself.",
        "Example: govkg compact --store var/store"})
final class CompactCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (store.isRemote()) {
            spec.commandLine().getErr().println("error: compact works on a store directory; a SPARQL server compacts its own store "
                + "(Fuseki: POST /$/compact/DATASET)");
            return 2;
        }
        try (KnowledgeStore ks = store.open()) {
            EmbeddedStore.Compaction c = ((EmbeddedStore) ks).compact();
            out.printf("compacted %s: %s before, %s after%n", ks.location(), megabytes(c.bytesBefore()), megabytes(c.bytesAfter()));
        }
        return 0;
    }

    static String megabytes(long bytes) {
        return String.format("%.1f MB", bytes / 1024.0 / 1024.0);
    }
}
