package org.govkg.diagram;

import java.util.ArrayList;
import java.util.List;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * Text as DOT needs it. Names come from documents and may hold quotes, backslashes, angle
 * brackets, ampersands or line breaks; each is neutralised here so that it can neither end a DOT
 * string, nor be read as one of Graphviz's escapes ({@code \N}, {@code \G}, {@code \n}) or
 * character entities, nor inject markup into the SVG.
 */
final class DotText {
    /** Width of a line in CJK characters; Latin letters and digits count as about half. */
    static final double LINE_WIDTH = 11;
    static final int MAX_LINES = 4;

    private DotText() {}

    /** A quoted DOT string showing {@code text} literally on one line. */
    static String quoted(String text) {
        return "\"" + escape(text) + "\"";
    }

    /** A quoted DOT string showing {@code text} wrapped to a box's width, shortened with … if very long. */
    static String wrapped(String text) {
        List<String> lines = wrap(text);
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) sb.append("\\n");
            sb.append(escape(lines.get(i)));
        }
        return sb.append('"').toString();
    }

    /**
     * A quoted DOT string for a tooltip. Graphviz substitutes {@code \N}, {@code \G} … in tooltips
     * even after a doubled backslash, so a backslash is shown as the full-width ＼ there.
     */
    static String tooltip(String text) {
        return quoted(text.replace('\\', '\uFF3C'));
    }

    /** Joins lines already escaped with {@link #escape}. */
    static String lines(String... escaped) {
        return "\"" + String.join("\\n", escaped) + "\"";
    }

    /** The inside of a DOT string: backslashes doubled, quotes escaped, {@code &} written as an entity, controls as spaces. */
    static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '"' -> sb.append("\\\"");
                case '&' -> sb.append("&amp;");
                default -> sb.append(Character.isISOControl(c) ? ' ' : c);
            }
        }
        return sb.toString();
    }

    /** Text for an HTML-like label: XML-escaped, controls as spaces. */
    static String html(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(Character.isISOControl(c) ? ' ' : c);
            }
        }
        return sb.toString();
    }

    /**
     * Breaks {@code text} into lines of at most {@link #LINE_WIDTH} at word or punctuation
     * boundaries, keeping the lines of about equal length (no lone last character).
     */
    static List<String> wrap(String text) {
        return wrap(text, LINE_WIDTH, MAX_LINES);
    }

    /** {@code text} in lines of at most {@code width} (CJK characters), as many lines as it takes. */
    static List<String> wrap(String text, double width) {
        return wrap(text, width, Integer.MAX_VALUE);
    }

    private static List<String> wrap(String text, double width, int maxLines) {
        String t = text.replaceAll("\\p{Cntrl}+", " ").strip();
        List<String> lines = greedy(t, width);
        // the narrowest width that still needs no more lines gives lines of about equal length
        for (double w = width(t) / lines.size() + 1; lines.size() > 1 && w < width; w += 0.5) {
            List<String> balanced = greedy(t, w);
            if (balanced.size() == lines.size()) {
                lines = balanced;
                break;
            }
        }
        if (lines.size() > maxLines) {
            List<String> cut = new ArrayList<>(lines.subList(0, maxLines));
            String last = cut.get(maxLines - 1);
            cut.set(maxLines - 1, last.substring(0, Math.max(0, last.length() - 1)) + "…");
            return cut;
        }
        return lines.isEmpty() ? List.of("") : lines;
    }

    private static List<String> greedy(String t, double max) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        double width = 0;
        for (String token : tokens(t, max)) {
            double w = width(token);
            if (width > 0 && width + w > max) {
                lines.add(line.toString());
                line.setLength(0);
                width = 0;
                if (token.isBlank()) continue;
            }
            line.append(token);
            width += w;
        }
        if (line.length() > 0) lines.add(line.toString());
        lines.replaceAll(String::strip);
        // Keep closing punctuation off the start of a line and opening punctuation off its end.
        for (int k = 1; k < lines.size(); k++) {
            String prev = lines.get(k - 1), cur = lines.get(k);
            if (!cur.isEmpty() && CLOSING.indexOf(cur.charAt(0)) >= 0 && cur.length() > 1) {
                lines.set(k - 1, prev + cur.charAt(0));
                lines.set(k, cur.substring(1));
            } else if (prev.length() > 1 && OPENING.indexOf(prev.charAt(prev.length() - 1)) >= 0) {
                lines.set(k - 1, prev.substring(0, prev.length() - 1));
                lines.set(k, prev.charAt(prev.length() - 1) + cur);
            }
        }
        return lines;
    }

    /**
     * The places a line may break: between words as ICU's dictionary segments Chinese (常务 | 副 |
     * 州长, so never 常 | 务), Latin words and numbers whole; a word wider than a line is cut.
     */
    private static List<String> tokens(String t, double max) {
        List<String> out = new ArrayList<>();
        BreakIterator words = BreakIterator.getWordInstance(ULocale.SIMPLIFIED_CHINESE);
        words.setText(t);
        List<String> segments = new ArrayList<>();
        for (int start = words.first(), end = words.next(); end != BreakIterator.DONE; start = end, end = words.next())
            segments.add(t.substring(start, end));
        for (String word : boundToNext(segments)) {
            if (width(word) <= max) {
                out.add(word);
                continue;
            }
            int from = 0;
            double w = 0;
            for (int i = 0; i < word.length(); i++) {
                double c = isNarrow(word.charAt(i)) ? 0.55 : 1;
                if (w + c > max) {
                    out.add(word.substring(from, i));
                    from = i;
                    w = 0;
                }
                w += c;
            }
            out.add(word.substring(from));
        }
        return out;
    }

    /**
     * A lone Chinese character the dictionary left over is most often a prefix of the next word
     * (副 州长, 云 计算): it stays with it, unless it is a conjunction or particle (和, 的 …).
     */
    private static List<String> boundToNext(List<String> segments) {
        List<String> out = new ArrayList<>();
        String carry = "";
        for (String seg : segments) {
            String word = carry + seg;
            carry = "";
            if (seg.length() == 1 && Character.isIdeographic(seg.charAt(0)) && FREE.indexOf(seg.charAt(0)) < 0
                    && word.length() < 6) {
                carry = word;
                continue;
            }
            out.add(word);
        }
        if (!carry.isEmpty()) out.add(carry);
        return out;
    }

    /** Characters that stand between words rather than begin one. */
    private static final String FREE = "和与及的之或等并";

    private static final String CLOSING = "”’）》」』】〕，。、；：！？)]";
    private static final String OPENING = "“‘（《「『【〔([";

    static double width(String token) {
        double w = 0;
        for (int i = 0; i < token.length(); i++) w += isNarrow(token.charAt(i)) ? 0.55 : 1;
        return w;
    }

    /** Latin letters, digits and ASCII punctuation take about half a CJK character; CJK quotes a whole one. */
    private static boolean isNarrow(char c) {
        return c < 0x2000;
    }
}
