package org.govkg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.govkg.bench.CorpusGenerator;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code govkg generate}: a synthetic corpus with gold files, for benchmarks and for {@code govkg eval}. */
@Command(name = "generate", mixinStandardHelpOptions = true,
    description = {"Write N synthetic documents in the genres of the evaluation corpus (group notices, implementation plans, "
        + "proposal replies, work summaries, five-year plans, news, policy interpretations), each with its gold file "
        + "NAME.gold.json in the corpus format, across the jurisdictions of the gazetteer: bodies written in their full "
        + "and short forms, lists, people and posts, figures, task lists punctuated either way, page furniture. "
        + "The same seed writes the same files.",
        "Example: govkg generate --docs 1000 --seed 7 --out var/generated"})
final class GenerateCommand implements Callable<Integer> {
    @Option(names = "--docs", paramLabel = "N", required = true, description = "How many documents.")
    int docs;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Folder to write into (created if missing).")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (docs < 1) {
            spec.commandLine().getErr().println("error: --docs must be at least 1");
            return 2;
        }
        long start = System.nanoTime();
        new CorpusGenerator(seed).write(docs, out);
        spec.commandLine().getOut().printf("wrote %d documents and their gold files to %s (%.1f s)%n", docs, out,
            (System.nanoTime() - start) / 1e9);
        return 0;
    }
}
