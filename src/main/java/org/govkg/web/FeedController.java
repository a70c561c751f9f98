package org.govkg.web;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import org.govkg.feed.DocumentAdditions;
import org.govkg.store.KnowledgeStore;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;

/**
 * {@code GET /feed}: an Atom feed of the 50 documents stored most recently (by upload, watched
 * folder or ingest), newest first, each entry saying what the document added to the graph and
 * linking its page, so that a planner's feed reader shows what is new.
 */
@RestController
class FeedController {
    private final KnowledgeStore store;
    private final MessageSource messages;

    FeedController(KnowledgeStore store, MessageSource messages) {
        this.store = store;
        this.messages = messages;
    }

    @GetMapping(value = "/feed", produces = "application/atom+xml;charset=UTF-8")
    ResponseEntity<String> feed(Locale locale) throws FeedException {
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        Feed feed = new Feed("atom_1.0");
        feed.setId(base + "/feed");
        feed.setTitle(messages.getMessage("feed.title", null, locale));
        feed.setOtherLinks(List.of(link(base + "/feed", "self"), link(base + "/documents", "alternate")));
        com.rometools.rome.feed.atom.Person author = new com.rometools.rome.feed.atom.Person();
        author.setName("govkg");
        feed.setAuthors(List.of(author));
        List<Entry> entries = new ArrayList<>();
        List<DocumentAdditions.Recent> recent = DocumentAdditions.recent(store);
        for (DocumentAdditions.Recent r : recent) {
            Entry e = new Entry();
            String page = ServletUriComponentsBuilder.fromCurrentContextPath().path("/document").queryParam("iri", r.document())
                .encode().build().toUriString();
            e.setId(r.document() + "#stored-" + r.stored().toEpochMilli());
            e.setTitle(r.title());
            e.setUpdated(Date.from(r.stored()));
            e.setAlternateLinks(List.of(link(page, "alternate")));
            DocumentAdditions.of(store, r.document()).ifPresent(a -> {
                Content summary = new Content();
                summary.setType("text");
                summary.setValue(a.summary());
                e.setSummary(summary);
            });
            entries.add(e);
        }
        feed.setEntries(entries);
        feed.setUpdated(recent.isEmpty() ? new Date(0) : Date.from(recent.get(0).stored()));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/atom+xml;charset=UTF-8"))
            .body(new WireFeedOutput().outputString(feed));
    }

    private static Link link(String href, String rel) {
        Link l = new Link();
        l.setHref(href);
        l.setRel(rel);
        return l;
    }
}
