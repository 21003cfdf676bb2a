package vn.dvc.adapter.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

/** The facts the national scoring counts, read from hand-written dossiers (domain.md §8). */
class NationalFactsTest {

    private final ObjectMapper json = new ObjectMapper();

    private JsonNode read(String text) throws Exception {
        return json.readTree(text.replace('\'', '"'));
    }

    @Test
    void anElectronicResultNeedsItsCodeAndItsFileAndDeletedFilesDoNotCount() throws Exception {
        JsonNode d = read("{'TrangThaiHoSo':'10','NgayHenTra':'20260110170000','DuocThanhToanTrucTuyen':'2',"
                + "'HoSoCoThanhPhanSoHoa':'0','DSKetNoiCSDL':[{'MaCSDL':'CSDLQGDC'}],"
                + "'TaiLieuNop':[{'IsDeleted':'1','DuocSoHoa':'1','DuocLayTuKhoDMQG':'1'},{'IsDeleted':'0','DuocTaiSuDung':'1'}],"
                + "'DanhSachLePhi':[{'Gia':50000},{'Gia':'20000'}],"
                + "'DanhSachGiayToKetQua':[{'DuongDanTepTinKetQua':'https://x/kq.pdf','MaGiayToKetQua':''}]}");

        NationalFacts f = NationalFacts.of(d, read("[{'TrangThai':'9','ThoiDiemXuLy':'20260108100000'},"
                + "{'TrangThai':'10','ThoiDiemXuLy':'20260109100000'}]"));

        assertThat(f.resultFile()).isTrue();
        assertThat(f.electronicResult()).isFalse();          // a link without MaGiayToKetQua
        assertThat(f.filesSubmitted()).isTrue();
        assertThat(f.digitised()).isFalse();                 // DuocSoHoa only on the deleted file
        assertThat(f.fromStore()).isFalse();
        assertThat(f.reused()).isTrue();
        assertThat(f.populationDb()).isTrue();
        assertThat(f.paidOnline()).isTrue();                 // "2": through the province's gateway
        assertThat(f.fees()).isEqualTo(70_000);
        assertThat(f.end()).isEqualTo(LocalDateTime.of(2026, 1, 8, 10, 0));   // status 9 preferred to 10
        assertThat(f.deadline()).isEqualTo(LocalDateTime.of(2026, 1, 10, 17, 0));
    }

    @Test
    void theCitizensSupplementTimeMovesTheDeadlineAndTwoRequestsAreCounted() throws Exception {
        JsonNode d = read("{'TrangThaiHoSo':'9','NgayHenTra':'20260110170000','DanhSachLePhi':[{'Gia':0}],"
                + "'DanhSachHoSoBoSung':[{'NgayYeuCauBoSung':'20260102080000','NgayBoSung':'20260105080000'},"
                + "{'NgayYeuCauBoSung':'20260106080000','NgayBoSung':'20260107080000'}]}");

        NationalFacts f = NationalFacts.of(d, read("[{'TrangThai':5,'ThoiDiemXuLy':'20260102080000'},"
                + "{'TrangThai':4,'ThoiDiemXuLy':'20260105080000'},{'TrangThai':9,'ThoiDiemXuLy':'20260112080000'}]"));

        assertThat(f.supplements()).isEqualTo(2);            // the list has two, the history one
        assertThat(f.supplementSeconds()).isEqualTo(4 * 86_400L);
        assertThat(f.deadline()).isEqualTo(LocalDateTime.of(2026, 1, 14, 17, 0));
        assertThat(f.fees()).isZero();                       // fees all zero
        assertThat(f.end()).isEqualTo(LocalDateTime.of(2026, 1, 12, 8, 0));
    }

    @Test
    void aSingleRequestWithNoLaterEndEndsProcessingAtItsTime() throws Exception {
        NationalFacts f = NationalFacts.of(read("{'TrangThaiHoSo':'5'}"), read("[{'TrangThai':'2','ThoiDiemXuLy':'20260102080000'},"
                + "{'TrangThai':'5','ThoiDiemXuLy':'20260103150000'}]"));

        assertThat(f.supplements()).isEqualTo(1);
        assertThat(f.end()).isEqualTo(LocalDateTime.of(2026, 1, 3, 15, 0));
        assertThat(f.deadline()).isNull();                   // no NgayHenTra
        assertThat(f.filesSubmitted()).isFalse();
    }

    @Test
    void aWithdrawnDossierEndsAtItsStatusSevenAndOneWithoutHistoryAtItsOwnDate() throws Exception {
        NationalFacts withdrawn = NationalFacts.of(read("{'TrangThaiHoSo':'7'}"), read("[{'TrangThai':'2','ThoiDiemXuLy':"
                + "'20260102080000'},{'TrangThai':'7','ThoiDiemXuLy':'20260104080000'}]"));
        NationalFacts bare = NationalFacts.of(read("{'TrangThaiHoSo':'10','NgayKetThucXuLy':'20260105080000'}"), null);
        NationalFacts running = NationalFacts.of(read("{'TrangThaiHoSo':'4','NgayKetThucXuLy':'20260105080000'}"), null);

        assertThat(withdrawn.end()).isEqualTo(LocalDateTime.of(2026, 1, 4, 8, 0));
        assertThat(bare.end()).isEqualTo(LocalDateTime.of(2026, 1, 5, 8, 0));
        assertThat(running.end()).isNull();
    }
}
