package org.govkg.cli;

import org.govkg.vocab.DataBase;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code govkg} command line: one jar, one subcommand per job. */
@Command(name = "govkg", mixinStandardHelpOptions = true, version = "govkg 0.1.0",
    description = "Knowledge graph of Chinese digital-government documents: ingest, query, export, serve.",
    subcommands = {ServeCommand.class, IngestCommand.class, QueryCommand.class, ExportCommand.class,
        ExtractCommand.class, EvalCommand.class, BenchCommand.class, ExplainCommand.class, DiagramCommand.class, BackupCommand.class, RestoreCommand.class,
        CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    public static void main(String[] args) {
        try {
            DataBase.configured();
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(2);
        }
        int code = commandLine().execute(args);
        if (!ServeCommand.isServing())
            System.exit(code);
    }

    /** The configured command line, also used by tests to run commands in-process. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        // query reads @FILE itself: picocli's own @-files would split the query into words
        cl.setExpandAtFiles(false);
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            line.getErr().println("error: " + ex.getMessage());
            if (System.getenv("GOVKG_DEBUG") != null)
                ex.printStackTrace(line.getErr());
            return 2;
        });
        return cl;
    }

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }
}
