package org.govkg.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;

import org.govkg.diagram.Diagram;
import org.govkg.diagram.DiagramRequest;
import org.govkg.diagram.Diagrams;
import org.govkg.diagram.DotWriter;
import org.govkg.diagram.OutputFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * {@code GET /diagram/{kind}?entity=…}: a diagram as SVG, PNG or DOT. Every parameter is in the
 * URL, so a view can be bookmarked; the ETag is a hash of the DOT source, so an unchanged
 * picture costs no layout; headers say whether the node cap was hit.
 */
@RestController
public class DiagramController {
    /** Where node links in served diagrams point. */
    public static final String ENTITY_LINK = "/entity?iri=";

    private final Diagrams diagrams;

    public DiagramController(Diagrams diagrams) {
        this.diagrams = diagrams;
    }

    /** {@code GET /diagram/query?query=…}: the entities and links a SPARQL query returns (the workbench's diagram view). */
    @GetMapping("/diagram/query")
    public ResponseEntity<byte[]> query(@RequestParam String query,
                                        @RequestParam(defaultValue = "" + DiagramRequest.DEFAULT_CAP) int cap,
                                        @RequestParam(defaultValue = "zh") String lang,
                                        @RequestParam(defaultValue = "svg") String format,
                                        WebRequest web) {
        if (cap < DiagramRequest.MIN_CAP || cap > DiagramRequest.MAX_CAP)
            throw new IllegalArgumentException("cap must be between " + DiagramRequest.MIN_CAP + " and " + DiagramRequest.MAX_CAP);
        return respond(diagrams.fromQuery(query, lang, cap), lang, OutputFormat.parse(format), web);
    }

    @GetMapping("/diagram/{kind}")
    public ResponseEntity<byte[]> diagram(@PathVariable String kind, @RequestParam String entity,
                                          @RequestParam(required = false) String entity2,
                                          @RequestParam(required = false) Integer depth,
                                          @RequestParam(defaultValue = "" + DiagramRequest.DEFAULT_CAP) int cap,
                                          @RequestParam(required = false) String links,
                                          @RequestParam(required = false) String types,
                                          @RequestParam(defaultValue = "zh") String lang,
                                          @RequestParam(defaultValue = "svg") String format,
                                          @RequestParam(required = false) String expand,
                                          @RequestParam(required = false) String asOf,
                                          @RequestParam(defaultValue = "false") boolean changes,
                                          WebRequest web) {
        List<String> entities = entity2 == null || entity2.isBlank() ? List.of(entity) : List.of(entity, entity2);
        DiagramRequest request = DiagramRequest.parse(kind, entities, depth, cap, links, types, lang).expanding(expand)
            .asOf(asOf, changes);
        return respond(diagrams.build(request), request.lang(), OutputFormat.parse(format), web);
    }

    private ResponseEntity<byte[]> respond(Diagram diagram, String lang, OutputFormat f, WebRequest web) {
        String dot = diagrams.writer(ENTITY_LINK, lang).write(diagram);
        String etag = "\"" + hash(f + "\n" + diagrams.engine().name() + "\n" + dot) + "\"";
        if (web.checkNotModified(etag)) return null;
        byte[] body = diagrams.layout(dot, f);
        return ResponseEntity.ok()
            .contentType(MediaType.parseMediaType(f.mediaType()))
            .cacheControl(CacheControl.maxAge(Duration.ofMinutes(1)).mustRevalidate())
            .eTag(etag)
            .header("Content-Disposition", "inline; filename=\"govkg-" + diagram.kind().key() + "." + f.extension() + "\"")
            .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
            .header("X-Govkg-Entities-Shown", Integer.toString(diagram.shownEntities()))
            .header("X-Govkg-Entities-Total", Integer.toString(diagram.totalEntities()))
            .header("X-Govkg-Capped", Boolean.toString(diagram.isCapped()))
            .body(body);
    }

    private static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
