package vn.dvc.adapter.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import vn.dvc.adapter.HostileText;

/**
 * The one masking of the logs and of what a viewer reads: the forms the security probe found shown
 * in clear, the codes that must stay readable, and hostile text of a megabyte in linear time.
 */
class MaskingTest {

    @Test
    void identityNumbersOfNineToThirteenDigitsAloneOrGroupedBySpacesDotsOrDashes() {
        assertThat(Masking.mask("SoDinhDanh 0010990123456")).isEqualTo("SoDinhDanh 00*********56");
        assertThat(Masking.mask("CCCD 001 099 012 350")).isEqualTo("CCCD 00* *** *** *50");
        assertThat(Masking.mask("số 001.099.012.345.")).isEqualTo("số 00*.***.***.*45.");
        assertThat(Masking.mask("số 001-099-012-345")).isEqualTo("số 00*-***-***-*45");
        assertThat(Masking.mask("CMND 123456789")).isEqualTo("CMND 12*****89");
        assertThat(Masking.mask("CCCD001099012345")).as("glued to a word").isEqualTo("CCCD00********45");
        assertThat(Masking.mask("CCCD 001099012345 12 tờ")).as("a count after it: at most 13 digits make one number")
                .isEqualTo("CCCD 00********45 12 tờ");
    }

    @Test
    void phonesWithTheCountryCodeInBracketsOrInFullWidthDigits() {
        assertThat(Masking.mask("gọi 84912345678 hoặc 0084912345678")).isEqualTo("gọi 84*******78 hoặc 00*********78");
        assertThat(Masking.mask("bàn (091) 234 5678")).isEqualTo("bàn (09*) *** **78");
        assertThat(Masking.mask("gọi ０９１２３４５６７８")).isEqualTo("gọi ０９******７８");
        assertThat(Masking.mask("+84 912-345-678, 091.234.5678, (+84) 912345678"))
                .isEqualTo("+84 ***-***-*78, 09*.***.**78, (+84) *******78");
        assertThat(Masking.mask("0912 345 678 2025")).as("a year after a phone stays apart").isEqualTo("09** *** *78 2025");
    }

    @Test
    void emailsWithOrWithoutADotInTheDomain() {
        assertThat(Masking.mask("thư a.b@localhost, lan.tran@hoabinh.gov.vn.")).isEqualTo("thư a***@localhost, l***@hoabinh.gov.vn.");
        assertThat(Masking.mask("nguyễn.văn@bộ.vn")).isEqualTo("n***@bộ.vn");
        assertThat(Masking.mask("@@ a@ @b x@-y")).isEqualTo("@@ a@ @b x@-y");
    }

    /** The security probe's forms: an address spelled to hide it from robots, phones grouped by slashes or commas. */
    @Test
    void addressesSpelledOutAndPhonesGroupedBySlashesOrCommas() {
        assertThat(Masking.mask("thư manh(at)gmail.com, lan [at] hoabinh.gov.vn, AN(AT)X.VN, an＠x.vn"))
                .isEqualTo("thư m***(at)gmail.com, l*** [at] hoabinh.gov.vn, A***(AT)X.VN, a***＠x.vn");
        assertThat(Masking.mask("gặp (at) noon, tôi (at) nhà")).as("no address without a dotted domain").isEqualTo("gặp (at) noon, tôi (at) nhà");
        assertThat(Masking.mask("gọi 0912/345/678 hoặc 0912,345,678; CCCD 001,099,012,345"))
                .isEqualTo("gọi 09**/***/*78 hoặc 09**,***,*78; CCCD 00*,***,***,*45");
        assertThat(Masking.mask("năm 2026 0912/345/678, tổ 5 0912.345.678, 1,0912/345/678"))
                .as("a short number before the phone, joined otherwise").isEqualTo("năm 2026 09**/***/*78, tổ 5 09**.***.*78, 1,09**/***/*78");
        assertThat(Masking.mask("2026/0123/0912/345/678")).as("a group before the phone: the whole run is masked")
                .isEqualTo("2026/01**/****/***/*78");
        assertThat(Masking.mask("07/12/2026/0912/345/678, 1,2,0912,345,678,9 và 0912/345/678/0913/456/789"))
                .as("a phone among other groups joined the same way").isEqualTo("07/12/2026/09**/***/*78, 1,2,09**,***,*78,9 và 09**/***/*78/09**/***/*89");
        String kept = "ngày 07/12/2026, số 12/2026/QĐ-UBND, tiến độ 1,2,3,4,5,6,7,8,9,10, 1,500,000,000 VND, 12,3%,"
                + " năm 2024,2025,2026, 2023/2024/2025, tiến độ 100,200,300, 1,500,000,000,000 VND";
        assertThat(Masking.mask(kept)).isEqualTo(kept);
    }

    /** The second probe's forms: a JWT's claims alone, an en dash between a phone's groups, the small commercial at. */
    @Test
    void claimsAloneEnDashesAndTheSmallAt() {
        assertThat(Masking.mask("sub eyJzdWIiOiIwMDEwOTkwMTIzNDUifQ hết")).isEqualTo("sub " + EncodedRuns.hidden(30) + " hết");
        assertThat(Masking.mask("gọi 0912–345–678 hoặc 0912‒345‒678")).isEqualTo("gọi 09**–***–*78 hoặc 09**‒***‒*78");
        assertThat(Masking.mask("thư an﹫gmail.com")).isEqualTo("thư a***﹫gmail.com");
        assertThat(Masking.mask("eyebrowsandeyelashes, everyday-eyewear-2026, ewalletTransferService")).as("words starting with ey stay")
                .isEqualTo("eyebrowsandeyelashes, everyday-eyewear-2026, ewalletTransferService");
    }

    /** For a reader who is not an operator: addresses and credentials hidden, the rest masked; linear on hostile text. */
    @Test
    void forAViewerAddressesAndCredentialsAreHiddenInLinearTime() {
        assertThat(Masking.forViewer("HS-ABC-0001: Connect to http://10.0.0.5:8080/x?a=1 [/10.0.0.5] failed, jdbc:h2:file:/srv/l;PASSWORD=x"
                + " Bearer eyJhbGciOi.abc, basic dXNlcjpwYXNz, password=hunter2&x=1, pwd=1; key 0123456789abcdef0123456789ABCDEF, SĐT 0912345678",
                "HS-ABC-0001")).isEqualTo("HS-ABC-0001: Connect to [địa chỉ / address] [địa chỉ / address] failed, [địa chỉ / address]"
                + " [đã che / hidden], [đã che / hidden], [đã che / hidden]&x=1, [đã che / hidden]; key [đã che / hidden], SĐT 09******78");
        assertThat(Masking.forViewer("Sổ cái (PostgreSQL adapter @ ledger.internal:5432) không truy cập được: không tìm thấy máy chủ"
                + " x / failed: unknown host ledger.internal; Connect to 10.1.2.3:443 failed; postgresql://u:S3cret@db/x;"
                + " {\"password\":\"hunter2\",\"access_token\": \"abc.def\"}, token: xyz1, Authorization: Token c2VjcmV0LXRva2Vu", null))
                .isEqualTo("Sổ cái (PostgreSQL adapter @ [địa chỉ / address]) không truy cập được: không tìm thấy máy chủ x / failed:"
                        + " unknown host [địa chỉ / address]; Connect to [địa chỉ / address] failed; [địa chỉ / address]"
                        + " {\"[đã che / hidden]\",\"[đã che / hidden]\"}, [đã che / hidden], [đã che / hidden]");
        assertThat(Masking.forViewer("1.500.000.000 đồng, 001.099.012.345, 1.004090.000.00.01.H25 ở 192.168.1.10", null))
                .as("amounts, identity numbers and codes are no addresses").isEqualTo("1.5**.***.*00 đồng, 00*.***.***.*45,"
                        + " 1.004090.000.00.01.H25 ở [địa chỉ / address]");
        assertThat(Masking.forViewer("Note: Could not connect to the one-stop system (Connection refused); connect to localhost", null))
                .as("the run note's own English: only a host after 'connect to' is one")
                .isEqualTo("Note: Could not connect to the one-stop system (Connection refused); connect to [địa chỉ / address]");
        assertThat(Masking.forViewer("sha 0a1b2c3d4e5f0a1b2c3d4e5f0a1b2c3, 12/2026/QĐ-UBND, basic information, the bearer of it", null))
                .as("31 hex digits, codes and words stay")
                .isEqualTo("sha 0a1b2c3d4e5f0a1b2c3d4e5f0a1b2c3, 12/2026/QĐ-UBND, basic information, the bearer of it");
        String hostile = "a1".repeat(15) + "_" + "f".repeat(400_000) + "g" + " Bearer".repeat(50_000) + "https:/".repeat(50_000)
                + "[/".repeat(50_000) + " bearer" + " ".repeat(200_000) + "ab12".repeat(7) + "g".repeat(10)
                + ".basic".repeat(50_000) + "-bearer".repeat(50_000) + "abcdefghijklmnopqrstu".repeat(10_000)
                + "1.2.3".repeat(50_000) + " password ".repeat(20_000) + "unknown host ".repeat(20_000);
        long start = System.nanoTime();
        assertThat(Masking.forViewer(hostile, null)).startsWith("a1a1").contains("[đã che / hidden]");
        assertThat((System.nanoTime() - start) / 1_000_000).as("ms for %,d hostile characters", hostile.length()).isLessThan(2_000);
    }

    @Test
    void jwtsWhateverTheirHeaderStartsWithAndLongBase64() {
        String claims = b64("{\"SoDinhDanh\":\"017203009876\",\"HoVaTen\":\"Nguyễn Văn An\"}");
        for (String header : new String[] {"{\"alg\":\"RS256\"}", "{ \"alg\": \"RS256\" }", "{\n  \"alg\": \"ES256\"\n}"}) {
            String jwt = b64(header) + "." + claims + "." + b64("signature-bytes-of-some-length");
            assertThat(Masking.mask("token " + jwt + ". Hết hạn")).doesNotContain(claims).doesNotContain("SoDinh")
                    .isEqualTo("token [đã che: " + jwt.length() + " ký tự mã hoá / " + jwt.length()
                            + " encoded characters hidden]. Hết hạn");
        }
        assertThat(Masking.mask("IdToken=" + b64("{\"alg\":\"RS256\"}") + "." + claims)).startsWith("IdToken=[đã che: ");
        assertThat(Masking.mask("claims " + claims)).as("a partial JWT, claims alone").doesNotContain(claims);
        String pdf = "JVBERi0xLjQKJcOkw7zDtsOfCjIgMCBvYmoKPDwvTGVuZ3RoIDMgMCBSL0ZpbHRlci9GbGF0ZURlY29kZT4+";
        assertThat(Masking.mask(pdf)).doesNotContain("JVBERi0x");
    }

    @Test
    void codesDatesAmountsAddressesAndDigestsStay() {
        String kept = "1.004090.000.00.01.H25 000.00.12.H25-260101-0001 20260101093000 1.500.000 đồng 2025-07-01 10:15:00"
                + " từ 192.168.100.123 e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
                + " /var/lib/dvcqg-adapter/reports/reconcile-12.json vn.dvc.adapter.admin.api.ApiErrorFilter 12,3%";
        assertThat(Masking.mask(kept)).isEqualTo(kept);
    }

    /**
     * OpenCPS's dossier codes mix their separators, and the groups after the dash read as a 12-digit number: masked,
     * an operator could not copy the code from an error to replay it. Where the text is about one dossier, that
     * dossier's own code (shown in clear beside it) stays; the rest is masked as before, another code included.
     */
    @Test
    void aDossiersOwnCodeStaysReadableInTextAboutItAndNothingElseDoes() {
        String code = "H44.21-261207-000083";
        String error = "Hồ sơ " + code + ": thủ tục 2.000477.000.00.12.H25 chưa có trên DVCQG";
        assertThat(Masking.mask(error)).as("without the code to keep").contains("H44.21-26****-****83");
        assertThat(Masking.mask(error, code)).isEqualTo(error);
        assertThat(Masking.mask(code + ": 0912.345.678, gọi 0912 345 678 hoặc " + code, code))
                .isEqualTo(code + ": 09**.***.*78, gọi 09** *** *78 hoặc " + code);
        assertThat(Masking.mask("Hồ sơ H44.21-261207-000084", code)).as("another dossier's code").isEqualTo("Hồ sơ H44.21-26****-****84");
        assertThat(Masking.mask("x1.2-0912-345-678", code)).isEqualTo(Masking.mask("x1.2-0912-345-678"));
        assertThat(Masking.mask("Hồ sơ " + code + ".", code)).as("at a sentence's end").isEqualTo("Hồ sơ " + code + ".");
    }

    /** The security probe: a dossier coded "0", or a code pasted inside a number or an address, unmasked what held it. */
    @Test
    void onlyACodeWithALetterStandingAsAWholeWordIsKept() {
        String text = "Gọi ông Mạnh 0921711759, CCCD 017071856166, mail manhnc0@gmail.com";
        assertThat(Masking.mask(text, "0")).isEqualTo(Masking.mask(text)).doesNotContain("0921711759").doesNotContain("manhnc0@");
        assertThat(Masking.mask(text, "0921711759")).as("no letter: never kept").isEqualTo(Masking.mask(text));
        String code = "H44.21-261207-000083";
        for (String hidden : new String[] {"ID 0170718" + code + "56166", "mail " + code + "@gmail.com", "x" + code, code + "-0912345678"}) {
            assertThat(Masking.mask(hidden, code)).as(hidden).isEqualTo(Masking.mask(hidden));
        }
    }

    /**
     * The processor time of this thread, not the wall clock: the machine is shared with other suites,
     * and a backtracking pattern costs minutes here, not a fraction of a second. Masked a few times
     * first, so that the JIT's compiling is not what is measured.
     */
    @Test
    void aMegabyteOfHostileTextIsMaskedInLinearTime() {
        String hostile = HostileText.text(1 << 20);
        for (int i = 0; i < 5; i++) {
            Masking.mask(hostile);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();

        long start = threads.getCurrentThreadCpuTime();
        String masked = Masking.mask(hostile);
        long ms = (threads.getCurrentThreadCpuTime() - start) / 1_000_000;

        assertThat(ms).as("1 MB of hostile text, ms of processor time").isLessThan(200);
        assertThat(masked).doesNotContain("001099012345").doesNotContain("an.nguyen@").doesNotContain(HostileText.CLAIMS)
                .contains("00********45").contains("a***@example.vn").contains("encoded characters hidden");
    }

    private static String b64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
