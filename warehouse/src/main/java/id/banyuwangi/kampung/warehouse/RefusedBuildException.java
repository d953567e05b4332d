package id.banyuwangi.kampung.warehouse;

/**
 * A build refused before it could cost data: the lake is missing or holds no silver table
 * ({@link LakeCheck}), or the new build would replace a much larger warehouse ({@link ShrinkGuard}).
 * Nothing was written; the published warehouse, if any, is unchanged.
 */
public final class RefusedBuildException extends RuntimeException {
  RefusedBuildException(String message) {
    super(message);
  }
}
