package org.govkg.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /documents}: every document, sortable, filterable and paginated. */
@Controller
public class DocumentsController {
    private final DocumentCatalogue catalogue;

    public DocumentsController(DocumentCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping("/documents")
    public String page(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "date") String sort,
                       @RequestParam(defaultValue = "desc") String dir, @RequestParam(defaultValue = "1") int page,
                       @RequestParam(defaultValue = "50") int size, Model model) {
        model.addAttribute("p", catalogue.page(q, sort, dir, page, size));
        return "documents";
    }
}
