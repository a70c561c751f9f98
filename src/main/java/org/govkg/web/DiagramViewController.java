package org.govkg.web;

import java.util.Locale;

import org.govkg.diagram.DiagramKind;
import org.govkg.diagram.DiagramRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /diagram/view?kind=…&entity=…}: a diagram filling the window, panned and zoomed with
 * d3-zoom (from the jar's WebJar, no CDN); clicking a node adds its neighbours to the picture
 * ({@code expand=}). The picture itself is the server-drawn SVG of {@code /diagram/{kind}}.
 */
@Controller
class DiagramViewController {
    /** The d3 WebJar version in the pom; the page loads /webjars/d3/VERSION/dist/d3.min.js. */
    public static final String D3 = "7.9.0";

    @GetMapping("/diagram/view")
    String view(@RequestParam(defaultValue = "neighbourhood") String kind, @RequestParam String entity,
                @RequestParam(required = false) Integer depth, @RequestParam(required = false) String expand,
                @RequestParam(required = false) String asOf, @RequestParam(defaultValue = "false") boolean changes,
                Model model, Locale locale) {
        // the same checks as the picture's own URL, so a bad link fails here with its message
        DiagramRequest request = DiagramRequest.parse(kind, java.util.List.of(entity), depth, DiagramRequest.DEFAULT_CAP, null, null,
            "en".equals(locale.getLanguage()) ? "en" : "zh").expanding(expand).asOf(asOf, changes);
        if (request.kind() == DiagramKind.PATH || request.kind() == DiagramKind.QUERY)
            throw new IllegalArgumentException("the zoomable view shows neighbourhood, group, plan and document diagrams");
        model.addAttribute("kind", request.kind().key());
        model.addAttribute("entity", entity);
        model.addAttribute("depth", request.depth());
        model.addAttribute("expand", String.join(" ", request.expand()));
        model.addAttribute("asOf", request.asOf() == null ? "" : request.asOf());
        model.addAttribute("changes", request.changes());
        model.addAttribute("lang", request.lang());
        model.addAttribute("d3", D3);
        return "diagram-view";
    }
}
