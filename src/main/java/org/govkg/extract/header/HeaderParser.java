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
    private final Pattern spacedKey;
    private final List<String> furnitureWords;
    private final String separators;
    private final List<String> furnitureStart;
    private final List<String> titleEnds;
    private final Pattern trailingBars;
    private final Pattern spaces;
    private final Pattern titlePeriod;
    private final Pattern tableBars;
    private final String colons, fullStops, commas;

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
        spaces = lex.pattern("text.spaces");
        titlePeriod = lex.pattern("header.title.period");
        tableBars = lex.pattern("header.table-bars");
        spacedKey = spacedKeys(lex.list("header.meta.keys"), lex.regex("header.spaced-key.gap"), lex.regex("header.spaced-key.after"));
        furnitureWords = lex.list("header.furniture.words");
        separators = lex.raw("header.furniture.separators");
        furnitureStart = lex.list("header.furniture.start");
        titleEnds = lex.list("header.title.end");
        trailingBars = lex.pattern("header.trailing-bars");
        colons = lex.raw("text.colons");
        fullStops = lex.raw("text.full-stops");
        commas = lex.raw("text.commas");
    }

    /**
     * Keys as web pages print them in a table turned text: letters spread with spaces (索   引   号,
     * 发 布 机 构), the value after spaces or a colon, several keys on one line.
     */
    private static Pattern spacedKeys(List<String> keys, String gap, String after) {
        List<String> longestFirst = new ArrayList<>(keys);
        longestFirst.sort((a, b) -> b.length() - a.length());
        StringBuilder alt = new StringBuilder();
        for (String k : longestFirst) {
            if (alt.length() > 0)
                alt.append('|');
            StringBuilder spread = new StringBuilder();
            for (int i = 0; i < k.length(); i++)
                spread.append(i > 0 ? gap : "").append(Pattern.quote(k.substring(i, i + 1)));
            alt.append(spread);
        }
        return Pattern.compile("(?:^|(?<=\\s))(?<key>" + alt + ")" + after);
    }

    /** A line of the text with its offsets. */
    private record Line(String text, int start, int end) {
        boolean blank() { return text.isBlank(); }
    }

    public DocumentMetadata parse(String text) {
        List<Line> lines = lines(text);
        Map<String, String> meta = new LinkedHashMap<>();
        int first = firstNonBlank(lines, 0);
        while (first < lines.size() && isFurniture(lines.get(first)) && !isMeta(lines.get(first)))
            first = firstNonBlank(lines, first + 1);
        String category = null;
        int i = first;
        int second = firstNonBlank(lines, i + 1);
        if (second < lines.size() && isCategory(lines.get(i), lines.get(second)))
            category = lines.get(i++).text().strip();
        for (i = firstNonBlank(lines, i); i < lines.size() && (isMeta(lines.get(i)) || isFurniture(lines.get(i))); i = firstNonBlank(lines, i + 1))
            if (isMeta(lines.get(i)))
                putMeta(meta, lines.get(i));
        String title = keys.value(meta, "title");
        int bodyStart = i < lines.size() ? lines.get(i).start() : text.length();
        String issuerLine = null;
        String line = i < lines.size() ? titleOf(lines.get(i).text()) : null;
        if (line != null && (title == null || line.equals(title))) {
            title = line;
            Line at = lines.get(i);
            // a title run into the text: the text starts right after it, on the same line
            int runsOn = at.text().strip().length() > line.length() ? at.text().indexOf(line) : -1;
            bodyStart = runsOn >= 0 ? at.start() + runsOn + line.length() : at.end();
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

    /**
     * The title a line holds, or null when it holds none: an addressee line (ends with a colon), prose
     * (a long line with sentence punctuation), or furniture. A title printed twice on one line counts
     * once; a first line that runs the title into the text is cut after the title's last word.
     */
    private String titleOf(String text) {
        String t = trailingBars.matcher(text.strip()).replaceAll("");
        if (t.isEmpty() || colons.indexOf(t.charAt(t.length() - 1)) >= 0 || isFurniture(new Line(t, 0, t.length())))
            return null;
        String[] halves = spaces.split(t);
        if (halves.length == 2 && halves[0].equals(halves[1]))
            return halves[0];
        if (t.length() > LONGEST_TITLE) {
            String head = spaces.split(t, 2)[0];
            return head.length() < t.length() && head.length() <= LONGEST_TITLE && endsLikeTitle(head) ? head : null;
        }
        boolean prose = t.length() > 40 && (t.chars().anyMatch(c -> fullStops.indexOf(c) >= 0) || t.chars().filter(c -> commas.indexOf(c) >= 0).count() > 1);
        return prose ? null : t;
    }

    /** Metadata rows and tool bars are shorter than this; a longer line is text. */
    private static final int LONGEST_META_ROW = 240;

    /** Titles are shorter than this; a longer first line is the text, or the title run into it. */
    private static final int LONGEST_TITLE = 100;

    private boolean endsLikeTitle(String head) {
        String h = titlePeriod.matcher(head).replaceAll("");
        for (String e : titleEnds)
            if (h.endsWith(e))
                return true;
        return false;
    }

    /** Navigation and tool bars of a web page: breadcrumbs (首页 > …), a row of short links, 打印 | 关闭. */
    private boolean isFurniture(Line line) {
        String t = line.text().strip();
        if (t.isEmpty() || t.length() > LONGEST_META_ROW)
            return false;
        for (String start : furnitureStart)
            if (t.startsWith(start) && (t.length() <= start.length() + 1 || hasSeparator(t) || start.length() >= 4))
                return true;
        boolean word = furnitureWords.stream().anyMatch(t::contains);
        String[] tokens = spaces.split(t);
        if (word && (hasSeparator(t) || t.length() <= 40 || tokens.length >= 4))
            return true;
        if (tokens.length >= 6 && t.length() / tokens.length <= 5 && t.chars().noneMatch(c -> fullStops.indexOf(c) >= 0 || commas.indexOf(c) >= 0))
            return true; // 首 页 政 务 公 开 …, or a row of site links
        return false;
    }

    private boolean hasSeparator(String t) {
        for (int i = 0; i < t.length(); i++)
            if (separators.indexOf(t.charAt(i)) >= 0)
                return true;
        return false;
    }

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
        if (j >= 0 && !dateLine.matcher(lines.get(j).text()).matches()) // the body alone, its date cut off or never printed
            return issuerLinePattern.matcher(lines.get(j).text().strip()).matches() && lines.size() > 3
                ? new Signature(lines.get(j).text().strip(), null) : new Signature(null, null);
        if (j < 0)
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
            || bracketed.matcher(line.text().strip()).lookingAt()
            || line.text().length() <= LONGEST_META_ROW && spacedKey.matcher(tableBars.matcher(line.text()).replaceAll(" ").strip()).lookingAt();
    }

    private void putMeta(Map<String, String> meta, Line line) {
        Matcher m = metaLine.matcher(line.text());
        if (m.matches() && keysIn(line.text().strip()) < 2) {
            meta.putIfAbsent(m.group(1), m.group(2));
            return;
        }
        Matcher b = bracketed.matcher(line.text());
        boolean any = false;
        while (b.find()) {
            meta.putIfAbsent(b.group(1), b.group(2).strip());
            any = true;
        }
        if (any)
            return;
        // 索   引   号 0001-2024 主题分类 其他: keys spread with spaces, values between them (table bars dropped)
        String t = tableBars.matcher(line.text()).replaceAll(" ").strip();
        Matcher k = spacedKey.matcher(t);
        String key = null;
        int valueStart = 0;
        while (k.find()) {
            if (key != null && !t.substring(valueStart, k.start()).isBlank())
                meta.putIfAbsent(key, t.substring(valueStart, k.start()).strip());
            key = spaces.matcher(k.group("key")).replaceAll("");
            valueStart = k.end();
        }
        if (key != null && !t.substring(valueStart).isBlank())
            meta.putIfAbsent(key, t.substring(valueStart).strip());
    }

    /** How many metadata keys a line holds (two or more: a row of several key-value pairs). */
    private int keysIn(String text) {
        if (text.length() > LONGEST_META_ROW)
            return 0;
        Matcher k = spacedKey.matcher(tableBars.matcher(text).replaceAll(" "));
        int n = 0;
        while (k.find())
            n++;
        return n;
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
