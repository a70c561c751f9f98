package org.govkg.diagram;

import java.util.ArrayList;
import java.util.List;

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
     * Breaks {@code text} into lines of at most {@link #LINE_WIDTH}, keeping Latin words and numbers
     * whole and the lines of about equal length (no lone last character).
     */
    static List<String> wrap(String text) {
        String t = text.replaceAll("\\p{Cntrl}+", " ").strip();
        List<String> lines = greedy(t, LINE_WIDTH);
        if (lines.size() > 1) {
            List<String> balanced = greedy(t, width(t) / lines.size() + 1);
            if (balanced.size() == lines.size()) lines = balanced;
        }
        if (lines.size() > MAX_LINES) {
            List<String> cut = new ArrayList<>(lines.subList(0, MAX_LINES));
            String last = cut.get(MAX_LINES - 1);
            cut.set(MAX_LINES - 1, last.substring(0, Math.max(0, last.length() - 1)) + "…");
            return cut;
        }
        return lines.isEmpty() ? List.of("") : lines;
    }

    private static List<String> greedy(String t, double max) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        double width = 0;
        int i = 0;
        while (i < t.length()) {
            int j = i + 1;
            if (isWordChar(t.charAt(i))) while (j < t.length() && isWordChar(t.charAt(j))) j++;
            String token = t.substring(i, j);
            double w = width(token);
            if (width > 0 && width + w > max) {
                lines.add(line.toString());
                line.setLength(0);
                width = 0;
                if (token.isBlank()) { i = j; continue; }
            }
            line.append(token);
            width += w;
            i = j;
        }
        if (line.length() > 0) lines.add(line.toString());
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

    private static final String CLOSING = "”’）》」』】〕，。、；：！？)]";
    private static final String OPENING = "“‘（《「『【〔([";

    private static boolean isWordChar(char c) {
        return isNarrow(c) && Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_';
    }

    private static double width(String token) {
        double w = 0;
        for (int i = 0; i < token.length(); i++) w += isNarrow(token.charAt(i)) ? 0.55 : 1;
        return w;
    }

    /** Latin letters, digits and ASCII punctuation take about half a CJK character; CJK quotes a whole one. */
    private static boolean isNarrow(char c) {
        return c < 0x2000;
    }
}
