package org.govkg.history;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.govkg.extract.lexicon.Lexicon;
import org.govkg.vocab.GKG;
import org.govkg.vocab.Hashes;
import org.govkg.vocab.PROV;

/**
 * The ingest phase that dates what a document says about a group's composition. For each
 * leadership group (not a working group) whose posts, member units, office or working groups the
 * document states, or that the document's title sets up or adjusts, it adds one {@code org:ChangeEvent}
 * to the document's graph: the group ({@code org:resultingOrganization}), the document
 * ({@code prov:used}), its date ({@code dcterms:date}, or {@code gkg:undated true}), what kind of
 * change it is, and the parts of the composition it states ({@code gkg:statesPost} …).
 * <p>
 * The event records the composition <em>as of</em> the notice; how long it held is not stored but
 * read as the span to the group's next event. Storing an end would mean rewriting an older
 * document's graph whenever a newer notice arrives, and a removed notice would leave a wrong end
 * behind; this way every document stays all in or all out, and removing one reopens the previous
 * composition by itself.
 */
public final class CompositionStatements {
    private static final List<Property> POSTS = List.of(GKG.leaderPost, GKG.deputyLeaderPost, GKG.officeDirectorPost);

    private final List<String> abolishes, renames;

    public CompositionStatements(Lexicon lex) {
        abolishes = lex.list("history.title.abolishes");
        renames = lex.list("history.title.renames");
    }

    /** Adds the change events of the document {@code documentIri} to its graph. */
    public void addTo(Model graph, String documentIri) {
        Resource doc = graph.createResource(documentIri);
        Literal date = dateOf(doc);
        String title = doc.hasProperty(DCTerms.title) ? doc.getProperty(DCTerms.title).getString() : "";
        List<Resource> notices = title.isEmpty() ? List.of()
            : graph.listSubjectsWithProperty(SKOS.prefLabel, graph.createLiteral(title, "zh")).toList();
        for (Resource group : groups(graph)) {
            Set<RDFNode> posts = objects(group, POSTS);
            Set<RDFNode> members = objects(group, List.of(GKG.memberUnit));
            Set<RDFNode> offices = objects(group, List.of(GKG.officeIn));
            Set<RDFNode> workingGroups = objects(group, List.of(GKG.hasWorkingGroup));
            Set<RDFNode> people = objects(group, List.of(GKG.leader, GKG.deputyLeader));
            // only the document's own title sets up or adjusts the group: a reply that recounts
            // "成立了某某领导小组" states it, it does not date its setting up
            boolean established = notices.stream().anyMatch(n -> graph.contains(n, GKG.established, group));
            boolean concerned = notices.stream().anyMatch(n -> graph.contains(n, GKG.concerns, group));
            if (posts.isEmpty() && members.isEmpty() && offices.isEmpty() && workingGroups.isEmpty() && people.isEmpty()
                && !established && !concerned)
                continue;
            Resource event = graph.createResource(documentIri + "#change-" + Hashes.sha256(group.getURI(), 16));
            event.addProperty(RDF.type, ORG.ChangeEvent)
                .addProperty(ORG.resultingOrganization, group)
                .addProperty(PROV.used, doc)
                .addProperty(GKG.changeKind, kind(established, concerned, title));
            if (date != null) event.addProperty(DCTerms.date, date);
            else event.addLiteral(GKG.undated, true);
            posts.forEach(p -> event.addProperty(GKG.statesPost, p));
            members.forEach(m -> event.addProperty(GKG.statesMember, m));
            offices.forEach(o -> event.addProperty(GKG.statesOffice, o));
            workingGroups.forEach(w -> event.addProperty(GKG.statesWorkingGroup, w));
            people.forEach(p -> event.addProperty(GKG.statesPerson, p));
        }
    }

    private Resource kind(boolean established, boolean concerned, String title) {
        if (established) return GKG.Established;
        if (!concerned) return GKG.Stated;
        if (abolishes.stream().anyMatch(title::contains)) return GKG.Abolished;
        if (renames.stream().anyMatch(title::contains)) return GKG.Renamed;
        return GKG.Adjusted;
    }

    /** The document's date: when it was issued, else when it was signed; null when it gives none. */
    private static Literal dateOf(Resource doc) {
        for (Property p : List.of(DCTerms.issued, GKG.signedDate)) {
            Statement s = doc.getProperty(p);
            if (s != null && s.getObject().isLiteral()) return s.getLiteral();
        }
        return null;
    }

    private static List<Resource> groups(Model graph) {
        return graph.listResourcesWithProperty(RDF.type, GKG.LeadershipGroup)
            .filterDrop(g -> g.hasProperty(RDF.type, GKG.WorkingGroup) || !g.isURIResource())
            .toList().stream().sorted(java.util.Comparator.comparing(Resource::getURI)).toList();
    }

    private static Set<RDFNode> objects(Resource s, List<Property> ps) {
        Set<RDFNode> out = new LinkedHashSet<>();
        for (Property p : ps) s.listProperties(p).forEach(st -> out.add(st.getObject()));
        return out;
    }
}
