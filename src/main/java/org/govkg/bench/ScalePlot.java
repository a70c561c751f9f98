package org.govkg.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.util.List;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The plot of {@link ScaleBenchmark}'s table: ingest time (left axis, logarithmic) and the 95th-percentile latency
 * of the entity page, search, the neighbourhood diagram and the slowest example query (right axis,
 * milliseconds) against the number of documents (logarithmic).
 */
final class ScalePlot {
    private ScalePlot() {}

    static void write(List<ScaleBenchmark.Row> rows, Path png) throws IOException {
        System.setProperty("java.awt.headless", "true");
        XYSeries ingest = new XYSeries("ingest + compaction (s, left axis)");
        XYSeries page = new XYSeries("entity page p95 (ms)"), search = new XYSeries("search p95 (ms)"),
            diagram = new XYSeries("neighbourhood diagram p95 (ms)"), query = new XYSeries("slowest example query p95 (ms)");
        for (ScaleBenchmark.Row r : rows) {
            ingest.add(r.documents(), r.ingestSeconds());
            page.add(r.documents(), r.page().p95());
            search.add(r.documents(), r.search().p95());
            diagram.add(r.documents(), r.diagram().p95());
            query.add(r.documents(), r.worstQueryP95());
        }
        LogAxis documents = new LogAxis("documents (logarithmic)");
        documents.setBase(10);
        documents.setSmallestValue(100);
        documents.setTickUnit(new NumberTickUnit(1.0)); // one tick a decade: 1,000, 10,000, 100,000
        documents.setNumberFormatOverride(new DecimalFormat("#,##0"));
        LogAxis seconds = new LogAxis("ingest and compaction (s, logarithmic)");
        seconds.setBase(10);
        seconds.setSmallestValue(1);
        seconds.setTickUnit(new NumberTickUnit(1.0));
        seconds.setNumberFormatOverride(new DecimalFormat("#,##0"));
        XYPlot plot = new XYPlot(new XYSeriesCollection(ingest), documents, seconds, renderer(Color.BLACK));
        XYSeriesCollection latency = new XYSeriesCollection();
        latency.addSeries(page);
        latency.addSeries(search);
        latency.addSeries(diagram);
        latency.addSeries(query);
        plot.setDataset(1, latency);
        plot.setRangeAxis(1, new NumberAxis("95th-percentile latency (ms)"));
        plot.mapDatasetToRangeAxis(1, 1);
        plot.setRenderer(1, renderer(new Color(0x1f77b4), new Color(0x2ca02c), new Color(0xff7f0e), new Color(0xd62728)));
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        JFreeChart chart = new JFreeChart("govkg against corpus size (generated documents, one machine)",
            new Font(Font.SANS_SERIF, Font.BOLD, 14), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        ChartUtils.saveChartAsPNG(png.toFile(), chart, 900, 540);
    }

    private static XYLineAndShapeRenderer renderer(Color... colors) {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, true);
        for (int i = 0; i < colors.length; i++) {
            r.setSeriesPaint(i, colors[i]);
            r.setSeriesStroke(i, new BasicStroke(2f));
        }
        return r;
    }
}
