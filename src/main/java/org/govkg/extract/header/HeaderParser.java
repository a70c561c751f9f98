package org.govkg.extract.header;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govkg.extract.lexicon.Lexicon;
import org.govkg.extract.model.DocumentMetadata;

/**
 * Reads the parts of a government document that sit around its body: the metadata block that
 * government sites print above the text ({@code - 发布机构: …} or {@code 发布机构：…}), the title
 * line, the addressee line ({@code 某某、某某委员:}), the signature block and the contact line.
 */
public final class HeaderParser {
    private final MetadataKeys keys;
    private final Pattern metaLine;
    private final Pattern bracketed;
    private final Pattern numberLine;
    private final Pattern issuerLinePattern;
    private final Pattern titleIssuer;
    private final Pattern dateLine;
    private final Pattern addressee;
    private final Pattern nameSeparator;
    private final Pattern honorifics;
    private final Pattern contact;
    private final Pattern prose;
    private final Pattern date;
    private final String about;
    private final String contactWord;
    private final String none;

    public HeaderParser(Lexicon lex) {
        keys = new MetadataKeys(lex);
        metaLine = lex.pattern("header.meta-line");
        bracketed = lex.pattern("header.bracketed");
        numberLine = lex.pattern("header.number-line");
        issuerLinePattern = lex.pattern("header.issuer-line");
        titleIssuer = lex.pattern("header.title-issuer");
        dateLine = lex.pattern("header.date-line");
        addressee = lex.pattern("header.addressee");
        nameSeparator = lex.pattern("list.names-separator");
        honorifics = Pattern.compile("(?:" + lex.alternation("header.addressee.honorifics") + ")$");
        contact = lex.pattern("header.contact");
        prose = lex.pattern("header.prose-punctuation");
        date = lex.pattern("header.date");
        about = lex.raw("header.about");
        contactWord = lex.raw("header.contact");
        none = lex.raw("header.none");
    }

    /** A line of the text with its offsets. */
    private record Line(String text, int start, int end) {
        boolean blank() { return text.isBlank(); }
    }

    public DocumentMetadata parse(String text) {
        List<Line> lines = lines(text);
        Map<String, String> meta = new LinkedHashMap<>();
        int first = firstNonBlank(lines, 0);
        String category = null;
        int i = first;
        int second = firstNonBlank(lines, i + 1);
        if (second < lines.size() && isCategory(lines.get(i), lines.get(second)))
            category = lines.get(i++).text().strip();
        for (i = firstNonBlank(lines, i); i < lines.size() && isMeta(lines.get(i)); i = firstNonBlank(lines, i + 1))
            putMeta(meta, lines.get(i));
        String title = keys.value(meta, "title");
        int bodyStart = i < lines.size() ? lines.get(i).start() : text.length();
        String issuerLine = null;
        if (i < lines.size() && (title == null || lines.get(i).text().strip().equals(title))) {
            title = lines.get(i).text().strip();
            bodyStart = lines.get(i).end();
            int next = firstNonBlank(lines, i + 1);
            // 某某市人民政府办公室 / 关于印发…的通知: the issuer stands on a line of its own above the title
            if (next < lines.size() && issuerLinePattern.matcher(title).matches() && lines.get(next).text().strip().startsWith(about)) {
                issuerLine = title;
                title = title + lines.get(next).text().strip();
                bodyStart = lines.get(next).end();
                i = next;
            }
        }
        int after = firstNonBlank(lines, i + 1);
        for (int k = 0; k < 6 && after < lines.size() && (isMeta(lines.get(after)) || numberLine.matcher(lines.get(after).text()).matches()); k++) {
            Line l = lines.get(after);
            if (isMeta(l))
                putMeta(meta, l);
            else
                meta.putIfAbsent(keys.field("number").get(0), l.text().strip());
            after = firstNonBlank(lines, after + 1);
        }
        List<String> addressees = addressees(lines, after);
        Signature sig = signature(lines);
        String publisher = firstNonEmpty(keys.value(meta, "publisher"), sig.body(),
            issuerLine, titleIssuer(title));
        LocalDate issued = date(keys.value(meta, "issued"));
        return new DocumentMetadata(title, category, publisher, issued != null ? issued : sig.date(),
            emptyToNull(keys.value(meta, "number")), emptyToNull(keys.value(meta, "index")),
            sig.date(), contact(text), addressees, bodyStart);
    }

    private record Signature(String body, LocalDate date) {}

    /** A category line (政协提案办理答复, 图解与解读) is short, names no body and is no title. */
    private boolean isCategory(Line line, Line next) {
        String t = line.text().strip();
        if (isMeta(next))
            return !isMeta(line) && t.length() <= 12 && !t.contains(about);
        return t.length() <= 8 && !t.contains(about) && !issuerLinePattern.matcher(t).matches() && !isMeta(line);
    }

    /** {@code 某某局关于…的通知}: the body before 关于 (the first of joint issuers). */
    private String titleIssuer(String title) {
        if (title == null)
            return null;
        Matcher m = titleIssuer.matcher(title);
        return m.find() ? m.group(1) : null;
    }

    /** The last lines: an issuing body over a date, perhaps followed by a contact line. */
    private Signature signature(List<Line> lines) {
        int j = lastNonBlank(lines, lines.size() - 1);
        if (j >= 0 && lines.get(j).text().contains(contactWord))
            j = lastNonBlank(lines, j - 1);
        if (j < 0 || !dateLine.matcher(lines.get(j).text()).matches())
            return new Signature(null, null);
        LocalDate date = date(lines.get(j).text());
        int k = lastNonBlank(lines, j - 1);
        String body = k >= 0 && lines.get(k).text().strip().length() <= 30
            && !prose.matcher(lines.get(k).text()).matches() ? lines.get(k).text().strip() : null;
        return new Signature(body, date);
    }

    private List<String> addressees(List<Line> lines, int i) {
        if (i >= lines.size())
            return List.of();
        Matcher m = addressee.matcher(lines.get(i).text());
        if (!m.matches())
            return List.of();
        String names = honorifics.matcher(m.group(1)).replaceAll("");
        List<String> out = new ArrayList<>();
        for (String n : nameSeparator.split(names))
            if (!n.isBlank())
                out.add(n.strip());
        return out;
    }

    private String contact(String text) {
        int from = Math.max(0, text.length() - 400);
        Matcher m = contact.matcher(text);
        return m.find(from) ? m.group(1) : null;
    }

    LocalDate date(String s) {
        if (s == null)
            return null;
        Matcher m = date.matcher(s);
        if (!m.find())
            return null;
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (java.time.DateTimeException e) {
            return null; // a malformed date in a header is left out rather than guessed
        }
    }

    private boolean isMeta(Line line) {
        return metaLine.matcher(line.text()).matches() || bracketed.matcher(line.text()).lookingAt()
            || bracketed.matcher(line.text().strip()).lookingAt();
    }

    private void putMeta(Map<String, String> meta, Line line) {
        Matcher m = metaLine.matcher(line.text());
        if (m.matches()) {
            meta.putIfAbsent(m.group(1), m.group(2));
            return;
        }
        Matcher b = bracketed.matcher(line.text());
        while (b.find())
            meta.putIfAbsent(b.group(1), b.group(2).strip());
    }

    private static List<Line> lines(String text) {
        List<Line> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                int end = i > start && text.charAt(i - 1) == '\r' ? i - 1 : i;
                out.add(new Line(text.substring(start, end), start, end));
                start = i + 1;
            }
        }
        return out;
    }

    private static int firstNonBlank(List<Line> lines, int from) {
        int i = from;
        while (i < lines.size() && lines.get(i).blank()) i++;
        return i;
    }

    private static int lastNonBlank(List<Line> lines, int from) {
        int i = from;
        while (i >= 0 && lines.get(i).blank()) i--;
        return i;
    }

    private static String firstNonEmpty(String... values) {
        for (String v : values)
            if (v != null && !v.isBlank())
                return v.strip();
        return null;
    }

    private String emptyToNull(String s) {
        return s == null || s.isBlank() || s.strip().equals(none) ? null : s;
    }
}
