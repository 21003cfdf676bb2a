package vn.dvc.adapter.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

import vn.dvc.adapter.system.ConfigurationError;

/** The viewer's masks, and the users' settings refused with the setting named. */
class FieldMaskerTest {

    @Test
    void numbersKeepTheirEndsAndEmailsTheirDomain() {
        assertThat(FieldMasker.number("012345678901")).isEqualTo("01********01");
        assertThat(FieldMasker.number("0912345678")).isEqualTo("09******78");
        assertThat(FieldMasker.number("123")).isEqualTo("***");
        assertThat(FieldMasker.email("an.nguyen@example.vn")).isEqualTo("a***@example.vn");
        assertThat(FieldMasker.text("SoDinhDanh 012345678901 khác; liên hệ 0912345678 hoặc lan.tran@hoabinh.gov.vn"))
                .isEqualTo("SoDinhDanh 01********01 khác; liên hệ 09******78 hoặc l***@hoabinh.gov.vn");
    }

    @Test
    void theTreeIsMaskedAtAnyDepthAndTheOriginalIsUntouched() throws Exception {
        JsonNode payload = new ObjectMapper().readTree("""
                {"dossier":{"MaHoSo":"H25-1","ChuHoSo":"Nguyễn Văn An","SoGiayToChuHoSo":"017203001234",
                 "SoDienThoai":"0987654321","Email":"an@example.vn","MaDoiTuong":"017203001234",
                 "GhiChu":"Liên hệ 0987654321","MaTTHC":"1.004090.000.00.01.H25"},
                 "progress":[{"MaHoSo":"H25-1","Email":"xu.ly@hoabinh.gov.vn"}]}""");

        JsonNode masked = FieldMasker.tree(payload);

        assertThat(masked.at("/dossier/SoGiayToChuHoSo").asText()).isEqualTo("01********34");
        assertThat(masked.at("/dossier/SoDienThoai").asText()).isEqualTo("09******21");
        assertThat(masked.at("/dossier/Email").asText()).isEqualTo("a***@example.vn");
        assertThat(masked.at("/progress/0/Email").asText()).isEqualTo("x***@hoabinh.gov.vn");
        assertThat(masked.at("/dossier/MaDoiTuong").asText()).isEqualTo("01********34");
        assertThat(masked.at("/dossier/GhiChu").asText()).isEqualTo("Liên hệ 09******21");
        assertThat(masked.at("/dossier/MaTTHC").asText()).isEqualTo("1.004090.000.00.01.H25");
        assertThat(masked.at("/dossier/ChuHoSo").asText()).isEqualTo("Nguyễn Văn An");
        assertThat(payload.at("/dossier/SoGiayToChuHoSo").asText()).isEqualTo("017203001234");
    }

    @Test
    void numbersGivenAsJsonNumbersKeysAndBareStringsAreMaskedToo() throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode record = json.readTree("""
                {"SoGiayToChuHoSo": 1099012345, "sodienthoai": "0912345678", "DinhDanhCHS": [{"LoaiDinhDanh": "1",
                 "SoDinhDanh": 1099012345678}], "GhiChu": [84912345678, {"ct": 1.099012345E9}],
                 "1099012345": {"ChuHoSo": "An"}, "SoLuong": 12, "LePhi": 1.5, "Email": ["an@x.vn"]}""");

        JsonNode masked = FieldMasker.tree(record);

        assertThat(masked.toString()).doesNotContain("1099012345").doesNotContain("912345678").doesNotContain("an@x.vn");
        assertThat(masked.get("SoGiayToChuHoSo").asText()).isEqualTo("10******45");
        assertThat(masked.get("sodienthoai").asText()).as("whatever the field's case").isEqualTo("09******78");
        assertThat(masked.at("/DinhDanhCHS/0/SoDinhDanh").asText()).isEqualTo("10*********78");
        assertThat(masked.at("/GhiChu/0").asText()).isEqualTo("84*******78");
        assertThat(masked.at("/GhiChu/1/ct").asText()).isEqualTo("10******45");
        assertThat(masked.at("/Email/0").asText()).isEqualTo("a***@x.vn");
        assertThat(masked.has("10******45")).as("a number as an object's key").isTrue();
        assertThat(masked.get("SoLuong").isInt()).as("a count stays a number").isTrue();
        assertThat(masked.get("LePhi").asDouble()).isEqualTo(1.5);
        assertThat(FieldMasker.tree(json.readTree("\"CCCD 001 099 012 350\"")).asText()).as("a record that is a bare string")
                .isEqualTo("CCCD 00* *** *** *50");
        assertThat(FieldMasker.tree(json.readTree("1099012345")).asText()).isEqualTo("10******45");
    }

    @Test
    void freeTextWithTheSeparatorsAndFormsTheProbeFound() {
        assertThat(FieldMasker.text("001.099.012.345, 84912345678, 0084912345678, (091) 234 5678, a.b@localhost, ０９１２３４５６７８"))
                .isEqualTo("00*.***.***.*45, 84*******78, 00*********78, (09*) *** **78, a***@localhost, ０９******７８");
    }

    @Test
    void aPlainPasswordOrAnUnknownRoleIsRefusedNamingTheSetting() {
        var plain = new AdminProperties(List.of(new AdminProperties.User("lan", "secret", "ADMIN")), List.of(), null, null);
        assertThatThrownBy(plain::validateEntries).isInstanceOf(ConfigurationError.class)
                .hasMessageContaining("adapter.admin.users[0].password").hasMessageContaining("ADAPTER_ADMIN_USERS_0_PASSWORD");
        var role = new AdminProperties(List.of(new AdminProperties.User("lan", "{bcrypt}$2a$04$x", "ROOT")), List.of(), null, null);
        assertThatThrownBy(role::validateEntries).hasMessageContaining("adapter.admin.users[0].role")
                .hasMessageContaining("ROOT");
        var placeholder = new AdminProperties(List.of(new AdminProperties.User("lan",
                "{bcrypt}$2a$10$replace.with.a.real.bcrypt.hash.................", "ADMIN"),
                new AdminProperties.User("binh", "{bcrypt}$2a$10$short", "VIEWER"),
                new AdminProperties.User("an", "{bcrypt}$2a$10$v4FO8.mHvybwnY3pDH2G5OCd8YiV2yClkL3u/rDbOkZyu.uJcDuHa", "VIEWER")),
                List.of(), null, null);
        assertThat(catchThrowableOfType(ConfigurationError.class, placeholder::validateEntries).problems())
                .as("adapter.env.example's placeholder and a cut hash: nobody could sign in with them; a real hash is fine")
                .containsExactly("adapter.admin.users[0].password of lan is not a bcrypt hash ($2a$, $2b$ or $2y$, the cost, 53"
                        + " characters; the example's placeholder is none): make one with htpasswd -nbBC 10 '' 'password' (use"
                        + " ADAPTER_ADMIN_USERS_0_PASSWORD)", "adapter.admin.users[1].password of binh is not a bcrypt hash ($2a$,"
                        + " $2b$ or $2y$, the cost, 53 characters; the example's placeholder is none): make one with htpasswd"
                        + " -nbBC 10 '' 'password' (use ADAPTER_ADMIN_USERS_1_PASSWORD)");
        var token = new AdminProperties(List.of(), List.of(new AdminProperties.Token("ci", "abc", "VIEWER")), null, null);
        assertThatThrownBy(token::validateEntries).hasMessageContaining("adapter.admin.tokens[0].token-hash");
    }

    @Test
    void eachRoleHoldsTheRolesBelowIt() {
        assertThat(Role.ADMIN.authorities()).extracting(Object::toString)
                .containsExactly("ROLE_VIEWER", "ROLE_OPERATOR", "ROLE_ADMIN");
        assertThat(Role.VIEWER.authorities()).extracting(Object::toString).containsExactly("ROLE_VIEWER");
    }

    @Test
    void phonesWrittenWithSpacesDotsOrTheCountryCodeAreMaskedAndCodesAreNot() {
        assertThat(FieldMasker.text("gọi 0912 345 678, 091.234.5678, +84 912-345-678 hoặc (+84) 912345678; bàn 0218 3854 123"))
                .isEqualTo("gọi 09** *** *78, 09*.***.**78, +84 ***-***-*78 hoặc (+84) *******78; bàn 02** **** *23");
        String codes = "1.004090.000.00.01.H25 000.00.12.H25-260101-0001 20260101093000 1.500.000 đồng";
        assertThat(FieldMasker.text(codes)).isEqualTo(codes);
    }

    @Test
    void idTokensAndLongBase64AreHiddenWholeButCodesAndHashesOfNoSecretStay() {
        String claims = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                "{\"SoDinhDanh\":\"017203009876\",\"HoVaTen\":\"Nguyễn Văn An\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String jwt = "eyJhbGciOiJSUzI1NiJ9." + claims + ".c2lnbmF0dXJl";
        assertThat(FieldMasker.text("token " + jwt + " hết hạn")).doesNotContain(claims).doesNotContain("eyJ")
                .startsWith("token [đã che: ").endsWith(" hết hạn");
        String pdf = "JVBERi0xLjQKJcOkw7zDtsOfCjIgMCBvYmoKPDwvTGVuZ3RoIDMgMCBSL0ZpbHRlci9GbGF0ZURlY29kZT4+";
        assertThat(FieldMasker.text(pdf)).doesNotContain("JVBERi0x");
        assertThat(FieldMasker.text("MaTTHC 1.004090.000.00.01.H25, tên Nguyễn Văn An")).isEqualTo("MaTTHC 1.004090.000.00.01.H25, tên Nguyễn Văn An");
    }
}
