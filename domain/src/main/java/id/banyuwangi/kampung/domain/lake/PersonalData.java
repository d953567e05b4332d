package id.banyuwangi.kampung.domain.lake;

/**
 * Whether a column holds personal data (UU 27/2022), and of which kind: what decides whether a
 * column may reach a mart, a log or an answer.
 */
public enum PersonalData {
  NONE,
  /** A clear person id or a record that may hold one (NIK, child_id, a raw line): raw zones only. */
  IDENTIFIER,
  /** The keyed hash of a person id: silver and staging, never a public table. */
  PSEUDONYM,
  /** Identifies with other data (a birth date): silver only, left out of staging. */
  QUASI_IDENTIFIER,
  /** Free text a person wrote: may name anyone, never leaves silver. */
  FREE_TEXT;

  public boolean isPersonal() {
    return this != NONE;
  }
}
