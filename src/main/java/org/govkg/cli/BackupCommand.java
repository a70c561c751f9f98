package org.govkg.cli;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.riot.Lang;
import org.govkg.store.KnowledgeStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code govkg backup}: a consistent snapshot of the store as gzipped N-Quads, taken in one read
 * transaction (through the server when one holds the store), so it can run while the server
 * serves. Copying a live TDB2 directory does not give a usable store; this does.
 */
@Command(name = "backup", mixinStandardHelpOptions = true,
    description = {"Write a consistent snapshot of the store (every named graph) as gzipped N-Quads; safe while 'govkg serve' runs.",
        "Restore it with 'govkg restore FILE --store NEW_DIR'.",
        "Example: govkg backup --out backups/govkg-2026-12-01.nq.gz"})
final class BackupCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "The snapshot to write (gzipped N-Quads; written whole or not at all).")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Path parent = out.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path partial = Files.createTempFile(parent, ".govkg-backup-", ".partial");
        try (KnowledgeStore ks = store.openForReading(spec.commandLine().getErr())) {
            try (OutputStream os = new BufferedOutputStream(new GZIPOutputStream(Files.newOutputStream(partial), 1 << 16))) {
                ks.export(os, Lang.NQUADS);
            }
            Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
        spec.commandLine().getOut().println("wrote " + out + " (" + Files.size(out) + " bytes)");
        return 0;
    }
}
