package org.govkg.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;

import org.apache.jena.query.ParameterizedSparqlString;
import org.govkg.store.EntityLookup;
import org.govkg.store.KnowledgeStore;
import org.govkg.vocab.EntityType;

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
        try (KnowledgeStore ks = store.openForReading(spec.commandLine().getErr())) {
            // the one name-to-entity lookup the web app and diagrams use, restricted to the six entity kinds
            List<EntityLookup.Candidate> found = new EntityLookup(ks).candidates(entity).stream()
                .filter(c -> EntityType.ofClass(c.typeIri()).isPresent()).toList();
            if (found.isEmpty()) {
                err.println("error: no entity is called " + entity);
                return 1;
            }
            if (found.size() > 1) {
                err.println("error: " + entity + " names " + found.size() + " entities; give one of their IRIs:");
                found.forEach(c -> err.println("  " + c.iri() + "  " + localName(c.typeIri()) + "  " + c.label()));
                return 3;
            }
            EntityLookup.Candidate e = found.get(0);
            out.println(e.label() + "  (" + localName(e.typeIri()) + ")");
            out.println(e.iri());
            explain(ks, e.iri(), out);
            out.flush();
            return 0;
        }
    }

    private static String localName(String iri) {
        return iri.substring(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);
    }

    /** One line per surface form and document: how often, and the rule that linked it. */
    private record NameUse(String surface, String document, String title) {}

    private static void explain(KnowledgeStore ks, String iri, PrintWriter out) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(resource("mentions.rq"));
        q.setIri("entity", iri);
        Map<NameUse, Set<String>> mentions = new TreeMap<>(Comparator.comparing(NameUse::surface).thenComparing(NameUse::document));
        Map<NameUse, String> why = new HashMap<>();
        ks.read(c -> {
            c.querySelect(q.asQuery(), r -> {
                String text = r.getLiteral("text").getLexicalForm();
                int from = r.getLiteral("from").getInt();
                int start = r.getLiteral("start").getInt() - from, end = r.getLiteral("end").getInt() - from;
                if (start < 0 || end > text.length() || start >= end) return;
                String doc = r.getResource("document").getURI();
                NameUse use = new NameUse(text.substring(start, end), doc, r.contains("title") ? r.getLiteral("title").getLexicalForm() : doc);
                mentions.computeIfAbsent(use, k -> new HashSet<>()).add(r.getResource("m").getURI());
                if (r.contains("why")) why.putIfAbsent(use, r.getLiteral("why").getLexicalForm());
            });
            return null;
        });
        mentions.forEach((use, ms) -> out.printf("  %-24s ×%d  in %s%n      %s%n", use.surface(), ms.size(), use.title(),
            why.getOrDefault(use, "as written")));
    }

    private static String resource(String name) {
        try (InputStream in = ExplainCommand.class.getResourceAsStream("/queries/explain/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
