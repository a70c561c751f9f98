package org.govkg.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the govkg command line in a JVM of its own, as a user would, and captures what it prints. */
final class Cli {
    /** Exit code and output of one run. */
    record Result(int exit, String out, String err) {}

    private Cli() {}

    static ProcessBuilder builder(Path workDir, String... args) {
        List<String> cmd = new ArrayList<>(List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).directory(workDir.toFile());
    }

    static Result run(Path workDir, String... args) throws IOException, InterruptedException {
        return run(workDir, java.util.Map.of(), args);
    }

    /** Runs with {@code environment} added to this JVM's environment. */
    static Result run(Path workDir, java.util.Map<String, String> environment, String... args) throws IOException, InterruptedException {
        File out = File.createTempFile("govkg-out", ".txt");
        File err = File.createTempFile("govkg-err", ".txt");
        try {
            ProcessBuilder b = builder(workDir, args).redirectOutput(out).redirectError(err);
            b.environment().putAll(environment);
            Process p = b.start();
            if (!p.waitFor(5, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IllegalStateException("govkg " + String.join(" ", args) + " did not finish");
            }
            return new Result(p.exitValue(), java.nio.file.Files.readString(out.toPath(), StandardCharsets.UTF_8),
                java.nio.file.Files.readString(err.toPath(), StandardCharsets.UTF_8));
        } finally {
            out.delete();
            err.delete();
        }
    }
}
