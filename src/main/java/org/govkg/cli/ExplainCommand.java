package org.govkg.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QuerySolution;
import org.govkg.store.KnowledgeStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code govkg explain}: why the mentions of an entity were linked to it. */
@Command(name = "explain", mixinStandardHelpOptions = true,
    description = {"Show an entity's names: each surface form, the documents it stands in, and the rules that linked "
        + "it to the entity (abbreviation table, jurisdiction, gazetteer, alias, self-reference, curation). "
        + "ENTITY is an IRI or a label (canonical name or alias); an ambiguous label lists the candidates and exits 3.",
        "Example: govkg explain 州发展改革委"})
final class ExplainCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Parameters(paramLabel = "ENTITY", description = "An entity IRI or label.")
    String entity;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (KnowledgeStore ks = store.open()) {
            List<String[]> found = candidates(ks);
            if (found.isEmpty()) {
                err.println("error: no entity is called " + entity);
                return 1;
            }
            if (found.size() > 1) {
                err.println("error: " + entity + " names " + found.size() + " entities; give one of their IRIs:");
                found.forEach(c -> err.println("  " + c[0] + "  " + c[1] + "  " + c[2]));
                return 3;
            }
            String[] e = found.get(0);
            out.println(e[2] + "  (" + e[1] + ")");
            out.println(e[0]);
            explain(ks, e[0], out);
            out.flush();
            return 0;
        }
    }

    private List<String[]> candidates(KnowledgeStore ks) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(resource("candidates.rq"));
        q.setLiteral("text", entity.startsWith("http") ? "\u0000" : entity);
        List<String[]> out = new ArrayList<>();
        if (entity.startsWith("http")) {
            ParameterizedSparqlString byIri = new ParameterizedSparqlString(
                "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> SELECT ?type ?name { ?entity a ?type ; skos:prefLabel ?name . "
                + "?type <http://www.w3.org/2000/01/rdf-schema#subClassOf> <https://govkg.org/ontology#Entity> }");
            byIri.setIri("entity", entity);
            ks.read(c -> { c.querySelect(byIri.asQuery(), r -> out.add(row(entity, r))); return null; });
            return out;
        }
        ks.read(c -> { c.querySelect(q.asQuery(), r -> out.add(row(r.getResource("entity").getURI(), r))); return null; });
        return out;
    }

    private static String[] row(String iri, QuerySolution r) {
        return new String[] {iri, r.getResource("type").getLocalName(), r.getLiteral("name").getLexicalForm()};
    }

    private static void explain(KnowledgeStore ks, String iri, PrintWriter out) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(resource("mentions.rq"));
        q.setIri("entity", iri);
        ks.read(c -> {
            c.querySelect(q.asQuery(), r -> {
                String why = r.contains("resolution") ? r.getLiteral("resolution").getLexicalForm() : "as written";
                String title = r.contains("title") ? r.getLiteral("title").getLexicalForm() : r.getResource("document").getURI();
                out.printf("  %-24s ×%d  in %s%n      %s%n", r.getLiteral("surface").getLexicalForm(),
                    r.getLiteral("mentions").getInt(), title, why);
            });
            return null;
        });
    }

    private static String resource(String name) {
        try (InputStream in = ExplainCommand.class.getResourceAsStream("/queries/explain/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
