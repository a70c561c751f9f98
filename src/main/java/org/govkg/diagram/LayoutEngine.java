package org.govkg.diagram;

/**
 * Lays out DOT and draws it as SVG or PNG. Two implementations: {@link NativeDot} (the
 * machine's Graphviz, preferred: fast, best layout and CJK metrics) and {@link JavascriptGraphviz}
 * (graphviz-java's bundled engine, for machines without Graphviz).
 */
public interface LayoutEngine {
    /** A short name for messages and benchmarks. */
    String name();

    /**
     * True when the engine measures text with the real fonts. The JavaScript engine has no CJK
     * font metrics and guesses boxes two to three times too wide, so govkg sizes boxes for it.
     */
    default boolean measuresText() { return true; }

    /** SVG (UTF-8) or PNG bytes for {@code dot}; {@link DiagramException} when layout fails or takes too long. */
    byte[] render(String dot, OutputFormat format);

    /** The best engine this machine has: native {@code dot} when it is on the PATH, otherwise the JavaScript one. */
    static LayoutEngine best() {
        return NativeDot.find().<LayoutEngine>map(n -> n).orElseGet(JavascriptGraphviz::new);
    }

    /** An engine by name: {@code native}, {@code javascript} or {@code auto}. */
    static LayoutEngine named(String name) {
        return switch (name) {
            case "auto" -> best();
            case "native" -> NativeDot.find().orElseThrow(() ->
                new DiagramException("native Graphviz (dot) is not on the PATH; install the graphviz package"));
            case "javascript" -> new JavascriptGraphviz();
            default -> throw new IllegalArgumentException("unknown layout engine \"" + name + "\"; use auto, native or javascript");
        };
    }
}
