package id.banyuwangi.kampung.generator;

import id.banyuwangi.kampung.domain.progress.Progress;
import java.io.IOException;

/**
 * Writes the files of one source (one directory under {@code out/}) and its ground truth under
 * {@code out/_generator/}: {@link KioskSourceWriter}, then one per CSV source (population,
 * households, posyandu, schools, msme, bumdes, idm, indeks_desa), registered in
 * {@link SourceGenerator#WRITERS}.
 */
public interface SourceWriter {
  /** The source name, also the directory under {@code out/}, e.g. {@code kiosk}. */
  String source();

  /** Writes every file of the source; must be deterministic for the context's config. */
  SourceResult write(GenerationContext context, Progress progress) throws IOException;
}
