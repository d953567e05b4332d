package id.banyuwangi.kampung.app;

import id.banyuwangi.kampung.generator.GenerationSummary;
import id.banyuwangi.kampung.generator.GeneratorConfig;
import id.banyuwangi.kampung.generator.SourceGenerator;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = "Write realistic, contract-conformant source files for all 217 villages (deterministic for a seed, with about 1%% bad records).")
final class GenerateCommand implements Callable<Integer> {
  @Option(names = "--out", required = true, description = "Directory to write the sources into (kiosk/, ...).")
  Path out;

  @Option(names = "--from", defaultValue = "2024-01-01", description = "First day (default: ${DEFAULT-VALUE}).")
  LocalDate from;

  @Option(names = "--to", defaultValue = "2024-12-31", description = "Last day (default: ${DEFAULT-VALUE}).")
  LocalDate to;

  @Option(names = "--scale", defaultValue = "0.1", description = "Volume relative to the real regency, 1.0 = about 1M kiosk events a year (default: ${DEFAULT-VALUE}).")
  double scale;

  @Option(names = "--seed", defaultValue = "42", description = "Random seed; the same seed gives the same files (default: ${DEFAULT-VALUE}).")
  long seed;

  @Override
  public Integer call() throws Exception {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("--to " + to + " is before --from " + from);
    }
    if (scale <= 0) {
      throw new IllegalArgumentException("--scale must be positive");
    }
    GenerationSummary summary = generate(new GeneratorConfig(out, from, to, scale, seed));
    System.out.println(summary);
    return 0;
  }

  static GenerationSummary generate(GeneratorConfig config) throws Exception {
    ConsoleProgress progress = new ConsoleProgress();
    try {
      return SourceGenerator.generate(config, progress);
    } finally {
      progress.done();
    }
  }
}
