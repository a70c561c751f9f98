package org.govkg.diagram;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs the machine's Graphviz {@code dot}, DOT on standard input and the drawing on standard
 * output: no temporary files, no shell, and a hard time limit after which the process is killed.
 * (graphviz-java's command-line engine goes through a shell and leaves a folder in the temp
 * directory per render, which a long-running server cannot afford.)
 */
public final class NativeDot implements LayoutEngine {
    /** Longest a layout may run before it is abandoned. */
    public static final long TIMEOUT_SECONDS = 20;
    /** PNG resolution: readable when pasted into a report. */
    static final int PNG_DPI = 144;

    private final Path executable;

    private NativeDot(Path executable) {
        this.executable = executable;
    }

    /** Native Graphviz, if {@code dot} is on the PATH. */
    public static Optional<NativeDot> find() {
        String path = System.getenv("PATH");
        if (path == null) return Optional.empty();
        for (String dir : path.split(File.pathSeparator)) {
            Path dot = Path.of(dir, "dot");
            if (Files.isExecutable(dot) && !Files.isDirectory(dot)) return Optional.of(new NativeDot(dot));
        }
        return Optional.empty();
    }

    @Override
    public String name() { return "native dot"; }

    @Override
    public byte[] render(String dot, OutputFormat format) {
        List<String> command = switch (format) {
            case SVG -> List.of(executable.toString(), "-Tsvg");
            case PNG -> List.of(executable.toString(), "-Tpng", "-Gdpi=" + PNG_DPI);
            case DOT -> throw new IllegalArgumentException("DOT needs no layout");
        };
        Process process;
        try {
            process = new ProcessBuilder(command).start();
        } catch (IOException e) {
            throw new DiagramException("cannot run " + executable + ": " + e.getMessage(), e);
        }
        CompletableFuture<byte[]> out = drain(process.getInputStream());
        CompletableFuture<byte[]> err = drain(process.getErrorStream());
        try (OutputStream in = process.getOutputStream()) {
            in.write(dot.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // dot exited early; its exit status and error output say why.
        }
        try {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new DiagramException("layout took longer than " + TIMEOUT_SECONDS + " s and was stopped; draw fewer entities (lower the cap or the depth)");
            }
            byte[] bytes = out.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            if (process.exitValue() != 0 || bytes.length == 0)
                throw new DiagramException("dot failed (exit " + process.exitValue() + "): "
                    + new String(err.get(), StandardCharsets.UTF_8).strip());
            return format == OutputFormat.SVG ? SvgFonts.widen(bytes) : bytes;
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new DiagramException("interrupted while drawing", e);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            process.destroyForcibly();
            throw new DiagramException("cannot read dot's output: " + e.getMessage(), e);
        }
    }

    private static CompletableFuture<byte[]> drain(InputStream in) {
        return CompletableFuture.supplyAsync(() -> {
            try (in) {
                ByteArrayOutputStream buf = new ByteArrayOutputStream();
                in.transferTo(buf);
                return buf.toByteArray();
            } catch (IOException e) {
                return new byte[0];
            }
        });
    }
}
