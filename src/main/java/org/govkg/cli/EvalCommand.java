package org.govkg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.govkg.eval.Evaluation;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code govkg eval}: extraction quality against gold annotations. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = {"Score extraction against gold annotations (NAME.gold.json beside NAME.txt): per document and per "
        + "type precision, recall and F1 of entities, link recall, link precision (linkP: of the links between two gold "
        + "entities, the share the gold states), predicate-level recall and post recall.",
        "Example: govkg eval --gold data/documents --details --rules"})
final class EvalCommand implements Callable<Integer> {
    @Option(names = "--gold", paramLabel = "DIR", required = true, description = "Folder of documents and their gold files.")
    Path gold;

    @Option(names = "--details", description = "List the missed and extra items of every document (extra links too).")
    boolean details;

    @Option(names = "--rules", description = "Count the mentions each resolution rule linked (abbreviation rows, jurisdiction, gazetteer …).")
    boolean rules;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Evaluation.print(new Evaluation().run(gold), details, spec.commandLine().getOut());
        if (rules)
            org.govkg.eval.RuleCounts.print(gold, spec.commandLine().getOut());
        return 0;
    }
}
