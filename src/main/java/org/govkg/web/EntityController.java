package org.govkg.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import org.apache.jena.query.Query;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.govkg.diagram.DiagramKind;
import org.govkg.diagram.DiagramRequest;
import org.govkg.diagram.Diagrams;
import org.govkg.diagram.NodeType;
import org.govkg.diagram.OutputFormat;
import org.govkg.history.GroupHistory;
import org.govkg.store.KnowledgeStore;
import org.govkg.store.SparqlTerms;
import org.govkg.store.StoreQuery;
import org.govkg.vocab.GKG;
import org.govkg.vocab.Prefixes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /entity?iri=…}: the entity page for a browser; the entity's triples as Turtle, JSON-LD,
 * RDF/XML or N-Triples for a client that asks for RDF (or names it with {@code format=}).
 */
@Controller
public class EntityController {
    private static final Logger LOG = LoggerFactory.getLogger(EntityController.class);
    private static final Map<String, Lang> FORMATS = Map.of("ttl", Lang.TURTLE, "jsonld", Lang.JSONLD,
        "rdf", Lang.RDFXML, "nt", Lang.NTRIPLES);

    private final KnowledgeStore store;
    private final OntologyLabels labels;
    private final Diagrams diagrams;

    public EntityController(KnowledgeStore store, OntologyLabels labels, Diagrams diagrams) {
        this.store = store;
        this.labels = labels;
        this.diagrams = diagrams;
    }

    @GetMapping(value = "/entity", produces = MediaType.TEXT_HTML_VALUE)
    public String page(@RequestParam String iri, @RequestParam(required = false) String format,
                       @RequestParam(required = false) String asOf,
                       org.springframework.ui.Model model, Locale locale) {
        if (format != null) throw new ResponseStatusException(HttpStatus.NOT_ACCEPTABLE);
        EntityView view = view(iri, locale.getLanguage());
        if (view.type() == NodeType.DOCUMENT) return "redirect:/document?iri=" + java.net.URLEncoder.encode(iri, StandardCharsets.UTF_8);
        model.addAttribute("e", view);
        String lang = "en".equals(locale.getLanguage()) ? "en" : "zh";
        if (view.type() == NodeType.LEADERSHIP_GROUP) {
            GroupHistory history = GroupHistory.of(store, iri, lang);
            model.addAttribute("history", history);
            // a malformed date is the reader's error (400), not a chart that failed to draw
            if (asOf != null) DiagramRequest.of(DiagramKind.GROUP, iri).asOf(asOf, false);
            model.addAttribute("asOf", asOf);
        } else if (asOf != null) {
            throw new IllegalArgumentException("only a leadership group's page is shown as of a date");
        }
        DiagramKind kind = switch (view.type()) {
            case LEADERSHIP_GROUP -> DiagramKind.GROUP;
            case PLAN -> DiagramKind.PLAN;
            default -> DiagramKind.NEIGHBOURHOOD;
        };
        try {
            DiagramRequest request = DiagramRequest.parse(kind.key(), java.util.List.of(iri), null, DiagramRequest.DEFAULT_CAP, null, null,
                lang).asOf(kind == DiagramKind.GROUP ? asOf : null, false);
            Diagrams.Rendered r = diagrams.render(request, OutputFormat.SVG, DiagramController.ENTITY_LINK);
            model.addAttribute("svg", inline(new String(r.bytes(), StandardCharsets.UTF_8)));
            model.addAttribute("diagram", r.diagram());
            model.addAttribute("diagramKind", kind.key());
        } catch (RuntimeException ex) {
            LOG.warn("no diagram for {}: {}", iri, ex.getMessage());
        }
        if (view.type() == NodeType.PLAN || view.type() == NodeType.PROJECT) lineage(iri, lang, model);
        return "entity";
    }

    /** The entity's own triples and those pointing at it, with the names of the entities on the other end. */
    @GetMapping(value = "/entity", produces = {"text/turtle", "application/ld+json", "application/rdf+xml", "application/n-triples"})
    public ResponseEntity<byte[]> rdf(@RequestParam String iri, @RequestParam(required = false) String format,
                                      @org.springframework.web.bind.annotation.RequestHeader(value = "Accept", defaultValue = "text/turtle") String accept) {
        Lang lang = format != null ? FORMATS.get(format) : accept.contains("ld+json") ? Lang.JSONLD
            : accept.contains("rdf+xml") ? Lang.RDFXML : accept.contains("n-triples") ? Lang.NTRIPLES : Lang.TURTLE;
        if (lang == null) throw new IllegalArgumentException("unknown format \"" + format + "\"; use ttl, jsonld, rdf or nt");
        return triples(iri, lang);
    }

    /** {@code format=ttl|jsonld|rdf|nt} from a browser link: the download. */
    @GetMapping(value = "/entity", params = "format")
    public ResponseEntity<byte[]> download(@RequestParam String iri, @RequestParam String format) {
        Lang lang = FORMATS.get(format);
        if (lang == null) throw new IllegalArgumentException("unknown format \"" + format + "\"; use ttl, jsonld, rdf or nt");
        return triples(iri, lang);
    }

    private ResponseEntity<byte[]> triples(String iri, Lang lang) {
        if (!SparqlTerms.isIri(iri)) throw new IllegalArgumentException("not an IRI: " + iri);
        Query query = StoreQuery.named("entity-triples").iri("entity", iri).query();
        Model m = store.read(conn -> conn.queryConstruct(query));
        if (m.isEmpty()) throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no entity " + iri);
        m.setNsPrefixes(Prefixes.standard());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, m, lang);
        String ext = lang.getFileExtensions().get(0);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(lang.getContentType().getContentTypeStr() + ";charset=UTF-8"))
            .header("Content-Disposition", "inline; filename=\"entity." + ext + "\"").body(out.toByteArray());
    }

    private EntityView view(String iri, String lang) {
        if (!SparqlTerms.isIri(iri)) throw new IllegalArgumentException("not an IRI: " + iri);
        EntityView view = EntityView.read(store, labels, iri, lang);
        if (view == null) throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no entity " + iri);
        return view;
    }

    /** A plan's or project's lineage, when some document says what it implements or what implements it. */
    private void lineage(String iri, String lang, org.springframework.ui.Model model) {
        // most plans and projects have none: a cheap question first, the diagram only when needed
        if (!store.read(conn -> conn.queryAsk(StoreQuery.named("entity-has-lineage").iri("entity", iri).query()))) return;
        try {
            Diagrams.Rendered r = diagrams.render(DiagramRequest.of(DiagramKind.LINEAGE, iri).withLang(lang), OutputFormat.SVG,
                DiagramController.ENTITY_LINK);
            boolean stated = r.diagram().edges().stream().anyMatch(e -> e.predicate().equals(GKG.implementsPlan.getURI())
                || e.predicate().equals(GKG.basedOn.getURI()));
            if (stated) model.addAttribute("lineageSvg", inline(new String(r.bytes(), StandardCharsets.UTF_8)));
        } catch (RuntimeException ex) {
            LOG.warn("no lineage for {}: {}", iri, ex.getMessage());
        }
    }

    /** The SVG without its XML prolog and doctype, to sit inside the page. */
    static String inline(String svg) {
        int start = svg.indexOf("<svg");
        return start < 0 ? "" : svg.substring(start);
    }
}
