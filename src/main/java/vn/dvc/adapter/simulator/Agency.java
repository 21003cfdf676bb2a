package vn.dvc.adapter.simulator;

/** An agency that receives dossiers: a department (sở, ban, ngành) or a district people's committee. */
public record Agency(String code, String name, Tier tier) {}
