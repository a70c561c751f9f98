package org.govkg.diagram;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import guru.nidi.graphviz.engine.Format;
import guru.nidi.graphviz.engine.Graphviz;
import guru.nidi.graphviz.engine.GraphvizV8Engine;

/**
 * graphviz-java's Graphviz compiled to JavaScript, run in V8 (J2V8, x86-64 Linux): the route
 * for machines without native Graphviz. Slower to start (about a second) and it sizes CJK boxes
 * wider than native {@code dot}; PNGs are rasterised in Java, so Chinese needs a CJK font
 * installed for Java to find. graphviz-java keeps one engine per JVM; renders are serialised.
 */
public final class JavascriptGraphviz implements LayoutEngine {
    private static final Object LOCK = new Object();
    private static boolean started;

    @Override
    public boolean measuresText() {
        return false;
    }

    @Override
    public String name() { return "graphviz-java (V8)"; }

    @Override
    public byte[] render(String dot, OutputFormat format) {
        synchronized (LOCK) {
            try {
                if (!started) {
                    Graphviz.useEngine(new GraphvizV8Engine());
                    started = true;
                }
                return switch (format) {
                    case SVG -> SvgFonts.widen(Graphviz.fromString(dot).render(Format.SVG).toString().getBytes(StandardCharsets.UTF_8));
                    case PNG -> {
                        ByteArrayOutputStream buf = new ByteArrayOutputStream();
                        Graphviz.fromString(dot).scale(2).render(Format.PNG).toOutputStream(buf);
                        yield buf.toByteArray();
                    }
                    case DOT -> throw new IllegalArgumentException("DOT needs no layout");
                };
            } catch (IOException | RuntimeException e) {
                if (e instanceof IllegalArgumentException) throw (IllegalArgumentException) e;
                throw new DiagramException("the JavaScript Graphviz engine failed: " + e.getMessage(), e);
            } catch (LinkageError e) {
                throw new DiagramException("no layout engine: native Graphviz is not installed and the bundled JavaScript engine cannot run here (" + e + ")", e);
            }
        }
    }
}
