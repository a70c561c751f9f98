package org.govkg.diagram;

import java.util.Locale;

/** What a rendered diagram is delivered as. */
public enum OutputFormat {
    SVG("image/svg+xml"),
    PNG("image/png"),
    DOT("text/vnd.graphviz; charset=UTF-8");

    private final String mediaType;

    OutputFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() { return mediaType; }
    public String extension() { return name().toLowerCase(Locale.ROOT); }

    public static OutputFormat parse(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown format \"" + name + "\"; use svg, png or dot");
        }
    }
}
