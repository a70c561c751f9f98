package org.govkg.diagram;

import java.nio.charset.StandardCharsets;

/**
 * Graphviz names one font in the SVG; a browser without it falls back to a Latin serif font and
 * CJK text no longer fits its boxes. Listing the common CJK families keeps widths close to what
 * the layout assumed on any reader's machine.
 */
final class SvgFonts {
    static final String FAMILIES = DotWriter.FONT + ",Source Han Sans SC,Noto Sans SC,PingFang SC,Microsoft YaHei,sans-serif";

    private SvgFonts() {}

    static byte[] widen(byte[] svg) {
        String s = new String(svg, StandardCharsets.UTF_8)
            .replace("font-family=\"" + DotWriter.FONT + "\"", "font-family=\"" + FAMILIES + "\"");
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
