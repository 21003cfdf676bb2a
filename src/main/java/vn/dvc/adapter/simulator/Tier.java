package vn.dvc.adapter.simulator;

/** The two groups within which the province ranks its agencies. */
public enum Tier { DEPARTMENT, DISTRICT }
