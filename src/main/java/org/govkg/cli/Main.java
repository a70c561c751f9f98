package org.govkg.cli;

import org.govkg.vocab.DataBase;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code govkg} command line: one jar, one subcommand per job. */
@Command(name = "govkg", mixinStandardHelpOptions = true, version = "govkg 0.1.0",
    description = "Knowledge graph of Chinese digital-government documents: ingest, query, export, serve.",
    subcommands = {ServeCommand.class, IngestCommand.class, QueryCommand.class, ExportCommand.class,
        ExtractCommand.class, EvalCommand.class, BenchCommand.class, ExplainCommand.class, DiagramCommand.class, BackupCommand.class, RestoreCommand.class, CompactCommand.class, GenerateCommand.class,
        CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    public static void main(String[] args) {
        try {
            DataBase.configured();
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(2);
        }
        int code;
        try {
            code = commandLine().execute(args);
        } catch (OutOfMemoryError e) {
            System.err.println("error: govkg ran out of memory (heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                + " MB); GOVKG_JAVA_OPTS=-Xmx… raises it");
            code = CRASHED;
        } catch (Throwable e) {
            System.err.println("error: internal fault (" + e.getClass().getSimpleName() + "); GOVKG_DEBUG=1 shows where");
            if (System.getenv("GOVKG_DEBUG") != null)
                e.printStackTrace();
            code = CRASHED;
        }
        if (code == CRASHED || !ServeCommand.isServing())
            System.exit(code);
    }

    /**
     * Exit status of a run that failed inside govkg (out of memory, a fault), as against 1 (some
     * documents were refused, the rest stored) and 2 (a usage or configuration error); 70 is
     * sysexits' EX_SOFTWARE.
     */
    public static final int CRASHED = 70;

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
