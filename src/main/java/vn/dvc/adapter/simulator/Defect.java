package vn.dvc.adapter.simulator;

/** Which deliberate defect a source record carries (null for good records). */
public enum Defect { MISSING_FIELD, MALFORMED_FIELD, UNKNOWN_CODE, IMPOSSIBLE_DATE, OVERSIZED_TEXT, NOT_NFC }
