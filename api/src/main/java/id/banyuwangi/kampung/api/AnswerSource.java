package id.banyuwangi.kampung.api;

import java.sql.SQLException;

/**
 * A route whose answer is a function of the build and the request's canonical query, so that it
 * can be cached per build ({@link CachedAnswers}).
 *
 * @param <Q> the canonical query: a record of the parsed parameters, equal for requests that must
 *     get the same answer (parameter order, spelling of defaults and unknown parameters aside)
 */
interface AnswerSource<Q> {
  /** Parses and checks the parameters against the build's catalog; {@link BadRequest} before anything is read. */
  Q query(Params params, WarehouseBuild build);

  /** The answer from {@code build} (through its pooled connections), read under a lease on it. */
  Answer answer(WarehouseBuild build, Q query) throws SQLException;
}
