package org.govkg.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.govkg.extract.header.MetadataKeys;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * The text of a government web page as govkg reads it: the metadata table (索引号, 发布机构, 文号 …)
 * and {@code <meta>} tags as {@code - key: value} lines, the title, and the article's paragraphs
 * one per line. Navigation, headers, footers, scripts and side bars are dropped.
 */
final class HtmlArticle {
    /** The same keys the text header is read with, so that a page's table and a text's header agree. */
    private static final MetadataKeys KEYS = MetadataKeys.standard();
    private static final String NOISE = "script, style, noscript, iframe, form, nav, header, footer, aside, "
        + "[class~=(?i)(^|[-_ ])(nav|menu|header|footer|breadcrumb|crumb|copyright|share|sidebar|related)([-_ ]|$)], "
        + "[id~=(?i)(^|[-_ ])(nav|menu|header|footer|breadcrumb|copyright|share|sidebar)([-_ ]|$)]";
    private static final String ARTICLE = "article, #zoom, .TRS_Editor, .article, .content, #content, .text, main, .main";
    private static final Pattern TITLE_SITE_SUFFIX = Pattern.compile("[_|｜\\-—].*$");
    private static final int MIN_ARTICLE_CHARS = 20;

    private HtmlArticle() {}

    /** The page as text; null when the page holds no article. */
    static String text(Document doc) {
        Map<String, String> meta = metadata(doc);
        String title = title(doc);
        doc.select(NOISE).remove();
        Element article = article(doc);
        if (article == null)
            return null;
        List<String> lines = new ArrayList<>();
        meta.forEach((k, v) -> lines.add("- " + k + ": " + v));
        if (title != null)
            lines.add(title);
        for (String line : paragraphs(article))
            if (!line.equals(title))
                lines.add(line);
        return String.join("\n", lines) + "\n";
    }

    private static Map<String, String> metadata(Document doc) {
        Map<String, String> meta = new LinkedHashMap<>();
        for (Element row : doc.select("tr")) {
            Elements cells = row.select("> th, > td");
            for (int i = 0; i + 1 < cells.size(); i++) {
                String key = cells.get(i).text().replaceAll("[\\s:：\\[\\]【】]", "");
                if (KEYS.isKey(key))
                    meta.putIfAbsent(key, cells.get(i + 1).text().strip());
            }
        }
        KEYS.metaTags().forEach((tag, key) -> {
            Element m = doc.selectFirst("meta[name=" + tag + "]");
            if (m != null && !m.attr("content").isBlank())
                meta.putIfAbsent(key, m.attr("content").strip());
        });
        doc.select("table").forEach(t -> {
            if (t.select("th, td").stream().anyMatch(c -> KEYS.isKey(c.text().replaceAll("[\\s:：]", ""))))
                t.remove();
        });
        return meta;
    }

    private static String title(Document doc) {
        Element m = doc.selectFirst("meta[name=ArticleTitle]");
        if (m != null && !m.attr("content").isBlank())
            return m.attr("content").strip();
        Element h1 = doc.selectFirst("h1");
        if (h1 != null && !h1.text().isBlank())
            return h1.text().strip();
        String t = TITLE_SITE_SUFFIX.matcher(doc.title()).replaceFirst("").strip();
        return t.isEmpty() ? null : t;
    }

    /** The element that holds the article: a known container, else the one with the most paragraph text. */
    private static Element article(Document doc) {
        Element best = null;
        for (Element e : doc.select(ARTICLE))
            if (best == null || e.text().length() > best.text().length())
                best = e;
        if (best == null)
            for (Element e : doc.select("div, section, td, body"))
                if (paragraphText(e) > (best == null ? 0 : paragraphText(best)))
                    best = e;
        return best == null || best.text().length() < MIN_ARTICLE_CHARS ? null : best;
    }

    private static int paragraphText(Element e) {
        int n = 0;
        for (Element p : e.children())
            if (p.tagName().equals("p"))
                n += p.text().length();
        return n;
    }

    /** Block elements with no block inside them, one line each. */
    private static List<String> paragraphs(Element article) {
        List<String> out = new ArrayList<>();
        for (Element e : article.select("p, h1, h2, h3, h4, h5, h6, li, tr, div"))
            if (e.select("p, h1, h2, h3, h4, h5, h6, li, tr, div").size() == 1 && !e.text().isBlank())
                out.add(e.text().strip());
        if (out.isEmpty())
            out.add(article.text().strip());
        return out;
    }
}
