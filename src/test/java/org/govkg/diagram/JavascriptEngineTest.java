package org.govkg.diagram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govkg.store.EmbeddedStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Without native Graphviz the JavaScript engine, which has no CJK font metrics, draws a picture
 * about as large as the native one (its boxes sized by govkg), so its type is as readable.
 */
class JavascriptEngineTest {
    private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"[\\d.]+ [\\d.]+ ([\\d.]+) ([\\d.]+)\"");
    static EmbeddedStore store;

    @BeforeAll
    static void load() throws Exception {
        store = SampleStore.open();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static double[] size(LayoutEngine engine, DiagramRequest request) {
        String svg = new String(new Diagrams(store, engine).render(request, OutputFormat.SVG, "/entity?iri=").bytes(), StandardCharsets.UTF_8);
        Matcher m = VIEW_BOX.matcher(svg);
        assertThat(m.find()).as("viewBox in the SVG").isTrue();
        return new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))};
    }

    @ParameterizedTest
    @EnumSource(value = DiagramKind.class, names = {"NEIGHBOURHOOD", "GROUP", "PLAN"})
    void pictureWithoutNativeGraphvizIsNoMoreThanAThirdWiderThanTheNativeOne(DiagramKind kind) {
        assumeTrue(NativeDot.find().isPresent(), "native Graphviz is not installed: nothing to compare with");
        String entity = switch (kind) {
            case GROUP -> DiagramKindsTest.GROUP;
            case PLAN -> DiagramKindsTest.PLAN;
            default -> DiagramKindsTest.DATA_CENTRE;
        };
        DiagramRequest request = new DiagramRequest(kind, List.of(entity), kind == DiagramKind.NEIGHBOURHOOD ? 2 : 1, 60,
            java.util.Set.of(), java.util.Set.of(), "zh");
        double[] nat = size(NativeDot.find().get(), request);
        double[] js = size(new JavascriptGraphviz(), request);
        System.out.printf("%s: native %.0f × %.0f pt, javascript %.0f × %.0f pt (width ×%.2f)%n",
            kind.key(), nat[0], nat[1], js[0], js[1], js[0] / nat[0]);
        assertThat(js[0] / nat[0]).as("width, javascript / native").isLessThan(1.35);
        assertThat(js[1] / nat[1]).as("height, javascript / native").isLessThan(1.35);
    }
}
