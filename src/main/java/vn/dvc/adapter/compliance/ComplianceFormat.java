package vn.dvc.adapter.compliance;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The renderings of a report: JSON for machines, CSV for spreadsheets, HTML for people. */
public enum ComplianceFormat {

    JSON("compliance.json"),
    CSV("compliance.csv"),
    HTML("compliance.html");

    private final String fileName;

    ComplianceFormat(String fileName) {
        this.fileName = fileName;
    }

    public String fileName() {
        return fileName;
    }

    /** The report as the bytes of a file: UTF-8, with a byte order mark for CSV only. */
    public byte[] render(ComplianceReport report, boolean english, ObjectMapper json) {
        return switch (this) {
            case JSON -> ComplianceJson.write(json, report, english).getBytes(StandardCharsets.UTF_8);
            case CSV -> ComplianceCsv.write(report, english);
            case HTML -> ComplianceHtml.write(report, english).getBytes(StandardCharsets.UTF_8);
        };
    }

    /** "json", "csv" or "html", any case; null for anything else. */
    public static ComplianceFormat parse(String name) {
        if (name == null) {
            return null;
        }
        for (ComplianceFormat f : values()) {
            if (f.name().equals(name.trim().toUpperCase(Locale.ROOT))) {
                return f;
            }
        }
        return null;
    }
}
