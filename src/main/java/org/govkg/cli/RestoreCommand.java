package org.govkg.cli;

import java.io.BufferedInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.govkg.store.EmbeddedStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code govkg restore}: a new store from a snapshot written by {@code govkg backup}. */
@Command(name = "restore", mixinStandardHelpOptions = true,
    description = {"Build a new store from a snapshot written by 'govkg backup' (N-Quads, gzipped or not), "
        + "in one transaction; the full-text index is rebuilt. The store directory must be new or empty.",
        "Example: govkg restore backups/govkg-2026-12-01.nq.gz --store var/store-restored"})
final class RestoreCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "The snapshot.")
    Path file;

    @Option(names = "--store", paramLabel = "DIR", required = true, description = "The store to create (a new or empty directory).")
    Path store;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (store.toString().matches("https?:/.*"))
            throw new IllegalArgumentException("restore writes a new TDB2 directory; to fill a remote store, load the snapshot "
                + "with the server's own loader (for Fuseki: tdb2.tdbloader into its database before it starts)");
        if (!Files.isRegularFile(file))
            throw new IllegalArgumentException("no snapshot at " + file);
        if (Files.isDirectory(store)) {
            try (Stream<Path> entries = Files.list(store)) {
                if (entries.findAny().isPresent())
                    throw new IllegalArgumentException("the store " + store + " already holds data; restore into a new directory");
            }
        }
        long quads;
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
             EmbeddedStore es = EmbeddedStore.open(store)) {
            raw.mark(2);
            boolean gzip = raw.read() == 0x1f && raw.read() == 0x8b;
            raw.reset();
            InputStream in = gzip ? new GZIPInputStream(raw, 1 << 16) : raw;
            quads = es.restore(in);
        }
        spec.commandLine().getOut().println("restored " + quads + " quads into " + store);
        return 0;
    }
}
