package id.banyuwangi.kampung.app;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns an expected failure (bad input, missing key, unreadable path) into one clear line on
 * stderr and exit code 2, instead of a stack trace. Set KAMPUNG_DEBUG=1 for the trace.
 */
final class FriendlyErrors implements IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
    if (System.getenv("KAMPUNG_DEBUG") != null) {
      e.printStackTrace();
    }
    cli.getErr().println("kampung " + cli.getCommandName() + ": " + message(e));
    return 2;
  }

  private static String message(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getMessage() == null) {
      root = root.getCause();
    }
    return root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
  }
}
