package org.govkg.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the parts of a government document that sit around its body: the metadata block that
 * government sites print above the text ({@code - 发布机构: …} or {@code 发布机构：…}), the title
 * line, the addressee line ({@code 某某、某某委员:}), the signature block and the contact line.
 */
public final class HeaderParser {
    private static final Pattern META_LINE = Pattern.compile(
        "^\\s*(?:[-*•·]\\s*)?(索引号|发布机构|发文机关|发文单位|文号|发文字号|发布日期|成文日期|时效性|主题分类|信息来源|来源|标题|名称)\\s*[:：]\\s*(.*?)\\s*$");
    private static final String KEYS = "索引号|发布机构|发文机关|发文单位|文号|发文字号|发布日期|成文日期|时效性|主题分类|体裁分类|信息来源|来源|标题|名称";
    /** {@code 【发布机构】…} or {@code [ 发布机构 ] …}, possibly several on one line. */
    private static final Pattern BRACKETED = Pattern.compile("[\\[【]\\s*(" + KEYS + ")\\s*[\\]】]\\s*([^\\[【]*?)\\s*(?=[\\[【]|$)");
    private static final Pattern NUMBER_LINE = Pattern.compile("^\\s*\\p{IsHan}{1,10}〔\\s*\\d{4}\\s*〕\\s*\\d+\\s*号\\s*$");
    private static final Pattern ISSUER_LINE = Pattern.compile("^\\p{IsHan}{2,24}(?:办公室|办公厅|人民政府|政府|局|委员会|委|厅|中心|公司)$");
    private static final Pattern TITLE_ISSUER = Pattern.compile("^(\\p{IsHan}{2,24}?(?:办公室|办公厅|人民政府|局|委员会|委|厅|中心))(?:\\s|关于)");
    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*[-年/.]\\s*(\\d{1,2})\\s*[-月/.]\\s*(\\d{1,2})\\s*日?");
    private static final Pattern DATE_LINE = Pattern.compile("^\\s*\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日\\s*$");
    private static final Pattern ADDRESSEE = Pattern.compile("^\\s*([^，,。:：]{2,60})[:：]\\s*$");
    private static final Pattern CONTACT = Pattern.compile("联系人\\s*[:：]\\s*(\\p{IsHan}{2,4})");

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
        String title = meta.getOrDefault("标题", meta.get("名称"));
        int bodyStart = i < lines.size() ? lines.get(i).start() : text.length();
        String issuerLine = null;
        if (i < lines.size() && (title == null || lines.get(i).text().strip().equals(title))) {
            title = lines.get(i).text().strip();
            bodyStart = lines.get(i).end();
            int next = firstNonBlank(lines, i + 1);
            // 某某市人民政府办公室 / 关于印发…的通知: the issuer stands on a line of its own above the title
            if (next < lines.size() && ISSUER_LINE.matcher(title).matches() && lines.get(next).text().strip().startsWith("关于")) {
                issuerLine = title;
                title = title + lines.get(next).text().strip();
                bodyStart = lines.get(next).end();
                i = next;
            }
        }
        int after = firstNonBlank(lines, i + 1);
        for (int k = 0; k < 6 && after < lines.size() && (isMeta(lines.get(after)) || NUMBER_LINE.matcher(lines.get(after).text()).matches()); k++) {
            Line l = lines.get(after);
            if (isMeta(l))
                putMeta(meta, l);
            else
                meta.putIfAbsent("文号", l.text().strip());
            after = firstNonBlank(lines, after + 1);
        }
        List<String> addressees = addressees(lines, after);
        Signature sig = signature(lines);
        String publisher = firstNonEmpty(meta.get("发布机构"), meta.get("发文机关"), meta.get("发文单位"), sig.body(),
            issuerLine, titleIssuer(title));
        LocalDate issued = date(firstNonEmpty(meta.get("发布日期"), meta.get("成文日期")));
        return new DocumentMetadata(title, category, publisher, issued != null ? issued : sig.date(),
            emptyToNull(firstNonEmpty(meta.get("文号"), meta.get("发文字号"))), emptyToNull(meta.get("索引号")),
            sig.date(), contact(text), addressees, bodyStart);
    }

    private record Signature(String body, LocalDate date) {}

    /** A category line (政协提案办理答复, 图解与解读) is short, names no body and is no title. */
    private static boolean isCategory(Line line, Line next) {
        String t = line.text().strip();
        if (isMeta(next))
            return !isMeta(line) && t.length() <= 12 && !t.contains("关于");
        return t.length() <= 8 && !t.contains("关于") && !ISSUER_LINE.matcher(t).matches() && !isMeta(line);
    }

    /** {@code 某某局关于…的通知}: the body before 关于 (the first of joint issuers). */
    private static String titleIssuer(String title) {
        if (title == null)
            return null;
        Matcher m = TITLE_ISSUER.matcher(title);
        return m.find() ? m.group(1) : null;
    }

    /** The last lines: an issuing body over a date, perhaps followed by a contact line. */
    private Signature signature(List<Line> lines) {
        int j = lastNonBlank(lines, lines.size() - 1);
        if (j >= 0 && lines.get(j).text().contains("联系人"))
            j = lastNonBlank(lines, j - 1);
        if (j < 0 || !DATE_LINE.matcher(lines.get(j).text()).matches())
            return new Signature(null, null);
        LocalDate date = date(lines.get(j).text());
        int k = lastNonBlank(lines, j - 1);
        String body = k >= 0 && lines.get(k).text().strip().length() <= 30
            && !lines.get(k).text().matches(".*[。，,；;：:].*") ? lines.get(k).text().strip() : null;
        return new Signature(body, date);
    }

    private static List<String> addressees(List<Line> lines, int i) {
        if (i >= lines.size())
            return List.of();
        Matcher m = ADDRESSEE.matcher(lines.get(i).text());
        if (!m.matches())
            return List.of();
        String names = m.group(1).replaceAll("(委员|代表|同志|女士|先生)$", "");
        List<String> out = new ArrayList<>();
        for (String n : names.split("[、,，]"))
            if (!n.isBlank())
                out.add(n.strip());
        return out;
    }

    private static String contact(String text) {
        int from = Math.max(0, text.length() - 400);
        Matcher m = CONTACT.matcher(text);
        return m.find(from) ? m.group(1) : null;
    }

    static LocalDate date(String s) {
        if (s == null)
            return null;
        Matcher m = DATE.matcher(s);
        if (!m.find())
            return null;
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (java.time.DateTimeException e) {
            return null; // a malformed date in a header is left out rather than guessed
        }
    }

    private static boolean isMeta(Line line) {
        return META_LINE.matcher(line.text()).matches() || BRACKETED.matcher(line.text()).lookingAt()
            || BRACKETED.matcher(line.text().strip()).lookingAt();
    }

    private static void putMeta(Map<String, String> meta, Line line) {
        Matcher m = META_LINE.matcher(line.text());
        if (m.matches()) {
            meta.putIfAbsent(m.group(1), m.group(2));
            return;
        }
        Matcher b = BRACKETED.matcher(line.text());
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

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() || s.strip().equals("无") ? null : s;
    }
}
