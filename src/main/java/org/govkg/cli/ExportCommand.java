package org.govkg.cli;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.apache.jena.riot.Lang;
import org.govkg.store.KnowledgeStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code govkg export}: the whole store as TriG or N-Quads. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Write every named graph (documents and ontology) as TriG or N-Quads.",
        "Example: govkg export --format nquads --out kg.nq"})
final class ExportCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "trig", description = "trig or nquads. Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Lang lang = switch (format) {
            case "trig" -> Lang.TRIG;
            case "nquads" -> Lang.NQUADS;
            default -> throw new IllegalArgumentException("unknown format " + format + "; use trig or nquads");
        };
        try (KnowledgeStore ks = store.openForReading(spec.commandLine().getErr()); OutputStream os = out == null ? nonClosing() : Files.newOutputStream(out)) {
            BufferedOutputStream buffered = new BufferedOutputStream(os);
            ks.export(buffered, lang);
            buffered.flush();
        }
        return 0;
    }

    private static OutputStream nonClosing() {
        return new java.io.FilterOutputStream(System.out) {
            @Override
            public void close() {
                flushQuietly();
            }

            private void flushQuietly() {
                System.out.flush();
            }
        };
    }
}
