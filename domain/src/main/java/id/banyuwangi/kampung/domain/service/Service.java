package id.banyuwangi.kampung.domain.service;

/** One public service a village office offers, with its service-time standard (SLA) in hours. */
public record Service(String code, String nameId, String nameEn, String category, int slaHours) {}
