package vn.dvc.adapter.cli;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.dvc.adapter.ledger.RunStatus;
import vn.dvc.adapter.sync.RunSummary;

/** A run's summary, for people (Vietnamese or English) or as one JSON object. */
final class SummaryPrinter {

    private SummaryPrinter() {
    }

    static String json(ObjectMapper json, Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Object> asJson(RunSummary s) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("run", s.run());
        out.put("status", s.status());
        out.put("pages", s.pages());
        out.put("pulled", s.pulled());
        out.put("sent", s.sent());
        out.put("unchanged", s.unchanged());
        out.put("quarantined", s.quarantined());
        out.put("failed", s.failed());
        out.put("rejected", s.rejected());
        out.put("held", s.held());
        out.put("pending", s.pending());
        out.put("durationMs", s.durationMs());
        out.put("checkpoint", s.checkpoint());
        out.put("message", s.message());
        out.put("progressHeld", s.progressHeld());
        out.put("progressShortened", s.progressShortened());
        out.put("drift", s.drift());
        return out;
    }

    /** Vietnamese numbers: 1.500 dossiers, 18,5 seconds; English: 1,500 and 18.5. */
    static final Locale VI = Locale.forLanguageTag("vi-VN");

    static Locale locale(boolean english) {
        return english ? Locale.ENGLISH : VI;
    }

    static String human(RunSummary s, boolean english) {
        return counts(s, english) + extras(s, english);
    }

    /** Whether the summary prints why the run stopped, as it was recorded (a failed or interrupted run's note). */
    static boolean causeShown(RunSummary s) {
        return s.message() != null && (s.status() == RunStatus.FAILED || s.status() == RunStatus.INTERRUPTED);
    }

    /** Why a run stopped; progress entries held back or shortened; fields outside the contract: only when there are some. */
    private static String extras(RunSummary s, boolean english) {
        StringBuilder out = new StringBuilder();
        if (causeShown(s)) {
            // why it stopped, in one line: for a lost ledger, the database and its error (the trace is in the log)
            out.append(english ? "  cause       " : "  nguyên nhân  ").append(s.message()).append(String.format("%n"));
        }
        if (s.progressHeld() + s.progressShortened() > 0) {
            out.append(english
                    ? String.format(locale(true), "  progress    %,d entries held back, %,d shortened to a limit (dossiers sent; see the transfer)%n",
                            s.progressHeld(), s.progressShortened())
                    : String.format(locale(false), "  tiến độ      %,d bước giữ lại, %,d bước rút gọn theo giới hạn (hồ sơ vẫn gửi; xem từng hồ sơ)%n",
                            s.progressHeld(), s.progressShortened()));
        }
        if (!s.drift().isEmpty()) {
            out.append(english
                    ? "  schema drift: the one-stop system sends fields outside the contract, not sent: "
                    : "  trường lạ: hệ thống một cửa gửi trường ngoài hợp đồng, không gửi lên DVCQG: ")
                    .append(vn.dvc.adapter.sync.SchemaDrift.text(s.drift())).append(String.format("%n"));
        }
        return out.toString();
    }

    private static String counts(RunSummary s, boolean english) {
        double seconds = Math.max(s.durationMs(), 1) / 1000.0;
        String rate = String.format(locale(english), "%,.0f", s.pulled() / seconds);
        if (english) {
            return String.format(Locale.ENGLISH, "Run %d %s in %.1f s (%s dossiers/s)%n  pulled      %,d%n  sent        %,d%n"
                            + "  unchanged   %,d%n  quarantined %,d  (refused by our checks, see `status`)%n"
                            + "  held        %,d  (procedure unknown to DVCQG, or e-auth policy; every dossier of the run,"
                            + " received in the report's period or not)%n"
                            + "  rejected    %,d  (refused by the portal)%n  failed      %,d  (retried next run)%n"
                            + "  pending     %,d%n  checkpoint  %s%n",
                    s.run(), s.status(), seconds, rate, s.pulled(), s.sent(), s.unchanged(), s.quarantined(),
                    s.held(), s.rejected(), s.failed(), s.pending(), s.checkpoint());
        }
        return String.format(VI, "Lượt đồng bộ %d %s trong %.1f giây (%s hồ sơ/giây)%n  đã đọc       %,d%n  đã gửi       %,d%n"
                        + "  không đổi    %,d%n  cách ly      %,d  (dữ liệu sai, xem `status`)%n"
                        + "  giữ lại      %,d  (thủ tục chưa có trên DVCQG, hoặc chính sách xác thực; mọi hồ sơ của lượt,"
                        + " kể cả hồ sơ không tiếp nhận trong kỳ báo cáo)%n"
                        + "  bị từ chối   %,d  (Cổng DVCQG từ chối)%n  lỗi tạm thời %,d  (gửi lại ở lượt sau)%n"
                        + "  còn chờ gửi  %,d%n  mốc đồng bộ  %s%n",
                s.run(), statusVi(s.status()), seconds, rate, s.pulled(), s.sent(), s.unchanged(), s.quarantined(),
                s.held(), s.rejected(), s.failed(), s.pending(), s.checkpoint());
    }

    private static String statusVi(RunStatus status) {
        return switch (status) {
            case SUCCEEDED -> "hoàn tất";
            case PARTIAL -> "hoàn tất một phần";
            case FAILED -> "thất bại";
            case INTERRUPTED -> "dừng giữa chừng";
            default -> status.name();
        };
    }
}
