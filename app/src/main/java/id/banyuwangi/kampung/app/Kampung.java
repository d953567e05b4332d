package id.banyuwangi.kampung.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code kampung} command line: one subcommand per step of the data flow, plus the demo. */
@Command(
    name = "kampung",
    mixinStandardHelpOptions = true,
    version = "Kampung Analytics 0.1.0",
    description = "Village development indicators for Banyuwangi: sources -> ingest (Spark/Delta) -> build (DuckDB marts) -> serve (API, dashboard).",
    subcommands = {
      GenerateCommand.class,
      IngestCommand.class,
      BuildCommand.class,
      ServeCommand.class,
      KeysCommand.class,
      WatchCommand.class,
      DemoCommand.class,
      NotebookCommand.class,
      ReportCommand.class,
      BenchCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Kampung implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command line, also used by tests. */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new Kampung());
    cli.setExecutionExceptionHandler(new FriendlyErrors());
    return cli;
  }
}
