package org.govkg.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.apache.jena.query.QueryParseException;
import org.govkg.sparql.QueryRunner;
import org.govkg.store.KnowledgeStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code govkg query}: one SPARQL query against the store. */
@Command(name = "query", mixinStandardHelpOptions = true,
    description = {"Run a SPARQL query against the store. govkg's prefixes (gkg:, skos:, org:, dcterms:, prov: …) "
        + "are predefined.",
        "Example: govkg query 'SELECT ?g ?name { ?g a gkg:LeadershipGroup ; skos:prefLabel ?name }'"})
final class QueryCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
        description = "text, json, csv, tsv, xml (SELECT/ASK); turtle, ntriples, jsonld, xml (CONSTRUCT/DESCRIBE). "
            + "Default: ${DEFAULT-VALUE} (a table; Turtle for graphs).")
    String format;

    @Parameters(paramLabel = "QUERY|@FILE", description = "The query text, or @ and the name of a file holding it.")
    String query;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        String text = query.startsWith("@") ? Files.readString(Path.of(query.substring(1)), StandardCharsets.UTF_8) : query;
        QueryRunner.Format f = QueryRunner.Format.parse(format);
        try {
            QueryRunner.parse(text);
        } catch (QueryParseException e) {
            spec.commandLine().getErr().println("error: malformed query: " + e.getMessage());
            return 2;
        }
        try (KnowledgeStore ks = store.openForReading(spec.commandLine().getErr())) {
            PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            new QueryRunner(ks).run(text, f, out);
            out.flush();
        }
        return 0;
    }
}
