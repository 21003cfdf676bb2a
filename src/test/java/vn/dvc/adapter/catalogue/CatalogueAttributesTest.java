package vn.dvc.adapter.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

/** How the catalogue reads the procedure attributes the national scoring needs (domain.md §4, §8). */
class CatalogueAttributesTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void flagsReadBooleansAndTheirTextFormsAndLeaveAnythingElseUnknown() throws Exception {
        JsonNode item = json.readTree("{\"KetQuaGiay\":true,\"DuDieuKienToanTrinh\":\"0\",\"CoPhiLePhi\":\"True\","
                + "\"TichHop\":\"có\",\"Khac\":null}");

        assertThat(CatalogueRefresh.flag(item, "KetQuaGiay")).isTrue();
        assertThat(CatalogueRefresh.flag(item, "DuDieuKienToanTrinh")).isFalse();
        assertThat(CatalogueRefresh.flag(item, "CoPhiLePhi")).isTrue();
        assertThat(CatalogueRefresh.flag(item, "TichHop")).isNull();       // not a yes/no: unknown, never "no"
        assertThat(CatalogueRefresh.flag(item, "Khac")).isNull();
        assertThat(CatalogueRefresh.flag(item, "Absent")).isNull();
    }

    @Test
    void theServiceLevelReadsNumbersStringsAndDecree42sNames() throws Exception {
        assertThat(CatalogueRefresh.level(json.readTree("4"), null)).isEqualTo(4);
        assertThat(CatalogueRefresh.level(json.readTree("\"3\""), null)).isEqualTo(3);
        assertThat(CatalogueRefresh.level(json.readTree("\"Toàn trình\""), null)).isEqualTo(4);
        assertThat(CatalogueRefresh.level(json.readTree("\"MOT_PHAN\""), null)).isEqualTo(3);
        assertThat(CatalogueRefresh.level(json.readTree("\"khác\""), 0)).isZero();
        assertThat(CatalogueRefresh.level(null, null)).isNull();
    }
}
