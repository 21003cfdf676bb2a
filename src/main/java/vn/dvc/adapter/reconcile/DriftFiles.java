package vn.dvc.adapter.reconcile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.stereotype.Component;

import vn.dvc.adapter.system.Masking;
import vn.dvc.adapter.system.OwnerOnly;

/**
 * A reconcile's drift list as files in {@code adapter.reconcile.report-dir}: {@code reconcile-N.json}
 * (the counts and every dossier found MISSING, STALE or UNREADABLE) and {@code reconcile-N.csv}
 * (the same rows, UTF-8 with a BOM so spreadsheet programs read the Vietnamese right). A detail quotes
 * the portal's answer, which may echo an identity number, a phone or an e-mail: the files are read
 * outside the console's roles, so it is masked there as for a viewer.
 */
@Component
class DriftFiles {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final Path dir;
    private final ObjectMapper json;

    public DriftFiles(vn.dvc.adapter.system.AdapterProperties properties, ObjectMapper json) {
        this.dir = properties.reconcile().reportDir();
        this.json = json;
    }

    List<Path> write(ReconcileResult r, Set<String> repaired, String filter) {
        try {
            OwnerOnly.directory(dir);
            Path jsonFile = dir.resolve("reconcile-" + r.run() + ".json");
            Path csvFile = dir.resolve("reconcile-" + r.run() + ".csv");
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("reconcile", r.run());
            doc.put("filter", filter);
            doc.put("status", r.status());
            doc.put("population", r.population());
            doc.put("checked", r.checked());
            doc.put("match", r.match());
            doc.put("missing", r.missing());
            doc.put("stale", r.stale());
            doc.put("unreadable", r.unreadable());
            doc.put("repaired", r.repaired());
            if (r.estimate() != null) {
                doc.put("driftShare", Double.isNaN(r.estimate().share()) ? null : r.estimate().share());
                doc.put("ci95", List.of(r.estimate().low(), r.estimate().high()));
            }
            doc.put("drift", r.drift().stream().map(f -> {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("MaHoSo", f.target().maHoSo());
                row.put("result", f.result().name());
                row.put("agency", f.target().maDonVi());
                row.put("detail", Masking.forViewer(f.detail(), f.target().maHoSo()));
                row.put("repaired", repaired.contains(f.target().maHoSo()));
                return row;
            }).toList());
            OwnerOnly.write(jsonFile, json.writerWithDefaultPrettyPrinter().writeValueAsBytes(doc));
            StringBuilder csv = new StringBuilder("MaHoSo,KetQua,MaDonVi,ChiTiet,DaGuiLai\r\n");
            for (Finding f : r.drift()) {
                csv.append(cell(f.target().maHoSo())).append(',').append(f.result().name()).append(',')
                        .append(cell(f.target().maDonVi())).append(',').append(cell(Masking.forViewer(f.detail(), f.target().maHoSo()))).append(',')
                        .append(repaired.contains(f.target().maHoSo()) ? "1" : "0").append("\r\n");
            }
            byte[] body = csv.toString().getBytes(StandardCharsets.UTF_8);
            byte[] withBom = new byte[BOM.length + body.length];
            System.arraycopy(BOM, 0, withBom, 0, BOM.length);
            System.arraycopy(body, 0, withBom, BOM.length, body.length);
            OwnerOnly.write(csvFile, withBom);
            return List.of(jsonFile, csvFile);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the drift list to " + dir + ": " + e.getMessage(), e);
        }
    }

    /** RFC 4180: quoted when it holds a comma, a quote or a line break; a leading = + - @ is defused for spreadsheets. */
    private static String cell(String value) {
        if (value == null) {
            return "";
        }
        String v = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")
                ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
