package vn.dvc.adapter.simulator;

/** A procedure as DVCQG lists it for an agency, and whether its online service is integrated. */
public record CatalogueEntry(String maTTHC, String tenTTHC, int mucDo, boolean tichHop) {}
