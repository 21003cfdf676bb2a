package vn.dvc.adapter.simulator;

/** The groups within which a province ranks its agencies: districts until 2025-06-30, communes since. */
public enum Tier { DEPARTMENT, DISTRICT, COMMUNE }
