package vn.dvc.adapter.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The portal's services behind a valid session: DongBoHoSoMC, CapNhatTienDoHoSoMC, TraCuuHoSo, LayDanhSachTTHC. */
final class IntegrationServices {

    private final PortalStore store;
    private final PortalCatalogue catalogue;
    private final Set<String> rejected;

    IntegrationServices(PortalStore store, PortalCatalogue catalogue, Set<String> rejected) {
        this.store = store;
        this.catalogue = catalogue;
        this.rejected = rejected;
    }

    /** Validates the whole batch first: one bad record rejects it all and nothing is stored. */
    JsonNode sync(JsonNode request) {
        Boolean updating = flag(request.get("isUpdating"));
        if (updating == null) {
            return reply(-1, "isUpdating phải là \"True\" hoặc \"False\"");
        }
        List<JsonNode> batch = records(request);
        if (batch.isEmpty()) {
            return reply(-1, "Trường data phải là danh sách hồ sơ, không rỗng");
        }
        for (int i = 0; i < batch.size(); i++) {
            String problem = DossierRules.dossierProblem(batch.get(i), catalogue::lists, rejected);
            if (problem != null) {
                return reply(-1, "Hồ sơ " + label(batch.get(i), i) + ": " + problem);
            }
        }
        if (!updating) {
            String existing = store.create(batch);
            if (existing != null) {
                return reply(3, "Hồ sơ " + existing + " đã tồn tại");
            }
        } else {
            store.upsert(batch);
        }
        return reply(0, "Thành công");
    }

    JsonNode progress(JsonNode request) {
        List<JsonNode> entries = records(request);
        if (entries.isEmpty()) {
            return reply(-1, "Trường data phải là danh sách tiến độ, không rỗng");
        }
        for (int i = 0; i < entries.size(); i++) {
            String problem = DossierRules.progressProblem(entries.get(i));
            if (problem != null) {
                return reply(-1, "Hồ sơ " + label(entries.get(i), i) + ": " + problem);
            }
        }
        String missing = store.appendProgress(entries);
        if (missing != null) {
            return reply(-1, "Hồ sơ " + missing + ": không tồn tại trên Cổng DVCQG, cần đồng bộ hồ sơ trước");
        }
        return reply(0, "Thành công");
    }

    JsonNode lookup(String maHoSo) {
        JsonNode dossier = store.dossier(maHoSo);
        if (dossier == null) {
            return reply(-1, "Không tìm thấy hồ sơ");
        }
        ObjectNode reply = JsonNodeFactory.instance.objectNode().put("error_code", 0);
        reply.set("result", dossier);
        return reply;
    }

    JsonNode catalogue(String maDonVi) {
        ObjectNode reply = JsonNodeFactory.instance.objectNode().put("error_code", 0);
        ArrayNode result = reply.putArray("result");
        for (CatalogueEntry e : catalogue.of(maDonVi)) {
            ObjectNode item = result.addObject().put("MaTTHC", e.maTTHC()).put("TenTTHC", e.tenTTHC())
                .put("MucDo", e.mucDo()).put("TichHop", e.tichHop());
            if (e.ketQuaGiay() != null) {
                item.put("KetQuaGiay", e.ketQuaGiay());
            }
            if (e.duDieuKienToanTrinh() != null) {
                item.put("DuDieuKienToanTrinh", e.duDieuKienToanTrinh());
            }
        }
        return reply;
    }

    /** "True"/"False" as OpenCPS sends them; a JSON boolean is accepted too. */
    private static Boolean flag(JsonNode v) {
        if (v != null && v.isBoolean()) {
            return v.booleanValue();
        }
        String text = v == null ? "" : v.asText();
        return text.equalsIgnoreCase("true") ? Boolean.TRUE : text.equalsIgnoreCase("false") ? Boolean.FALSE : null;
    }

    private static List<JsonNode> records(JsonNode request) {
        List<JsonNode> out = new ArrayList<>();
        JsonNode data = request.get("data");
        if (data != null && data.isArray()) {
            data.forEach(out::add);
        }
        return out;
    }

    private static String label(JsonNode record, int position) {
        String maHoSo = record.path("MaHoSo").asText("");
        return maHoSo.isBlank() ? "thứ " + (position + 1) : maHoSo;
    }

    private static ObjectNode reply(int code, String message) {
        return PortalHandlers.reply(code, message);
    }
}
