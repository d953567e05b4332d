package id.banyuwangi.kampung.generator;

import java.time.LocalDate;

/** A synthetic resident: a valid NIK consistent with {@code sex} ({@code L}/{@code P}) and birth date. */
public record Citizen(String nik, String sex, LocalDate birthDate) {}
