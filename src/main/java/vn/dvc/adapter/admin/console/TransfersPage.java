package vn.dvc.adapter.admin.console;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.dvc.adapter.admin.AdminActions;
import vn.dvc.adapter.admin.AdminReads;
import vn.dvc.adapter.admin.LedgerQueries;
import vn.dvc.adapter.admin.PageOf;
import vn.dvc.adapter.admin.Role;
import vn.dvc.adapter.admin.TransferFilter;
import vn.dvc.adapter.admin.TransferRow;
import vn.dvc.adapter.admin.TransferView;
import vn.dvc.adapter.ledger.State;
import vn.dvc.adapter.replay.ReplayRequest;
import vn.dvc.adapter.replay.ReplayResult;

/** The transfers that did not go through, filtered; one transfer's story; replay by row, by page or by filter. */
@Controller
class TransfersPage {

    private static final int PAGE_SIZE = 25;
    private static final java.util.regex.Pattern BACK = java.util.regex.Pattern.compile("/transfers(\\?[\\w.%=&+,-]*)?");
    static final List<String> ERROR_CLASSES = java.util.Arrays.stream(vn.dvc.adapter.ledger.ErrorClass.values()).map(Enum::name).toList();

    private final AdminReads reads;
    private final LedgerQueries ledger;
    private final AdminActions actions;
    private final Notices notices;
    private final Fmt fmt;

    TransfersPage(AdminReads reads, LedgerQueries ledger, AdminActions actions, Notices notices, Fmt fmt) {
        this.fmt = fmt;
        this.reads = reads;
        this.ledger = ledger;
        this.actions = actions;
        this.notices = notices;
    }

    @GetMapping("/transfers")
    String list(@RequestParam(required = false) String state, @RequestParam(required = false) String agency,
                @RequestParam(required = false) String error, @RequestParam(required = false) String q,
                @RequestParam(defaultValue = "0") int page, Authentication auth, HttpServletRequest request, Model model) {
        List<State> states;
        try {
            states = TransferFilter.states(state);
        } catch (IllegalArgumentException e) {
            states = List.of();
            state = null;
        }
        TransferFilter filter = new TransferFilter(states.isEmpty() ? TransferFilter.NOT_THROUGH : states, agency, error, q);
        PageOf<TransferRow> rows = reads.transfers(filter, PageOf.clamp(page), PAGE_SIZE, !Role.seesIdentities(auth));
        model.addAttribute("rows", rows);
        model.addAttribute("state", state == null ? "" : state);
        model.addAttribute("agency", filter.agency() == null ? "" : filter.agency());
        model.addAttribute("error", filter.error() == null ? "" : filter.error());
        model.addAttribute("q", filter.q() == null ? "" : filter.q());
        model.addAttribute("states", TransferFilter.NOT_THROUGH.stream().map(State::name).toList());
        model.addAttribute("agencies", ledger.agencies(TransferFilter.NOT_THROUGH));
        model.addAttribute("errorClasses", ERROR_CLASSES);
        model.addAttribute("here", here(request));
        return "transfers";
    }

    /** A MaHoSo outside the path-safe characters comes as a query parameter ({@link Fmt#transfer}). */
    @GetMapping("/transfers/by-id")
    String oneById(@RequestParam String id, Authentication auth, Model model) throws JsonProcessingException {
        return one(id, auth, model);
    }

    @PostMapping("/transfers/by-id/replay")
    String replayOneById(@RequestParam String id, @RequestParam(defaultValue = "false") boolean force,
                         @RequestParam(defaultValue = "") String back, Authentication auth, RedirectAttributes flash) {
        return replayOne(id, force, back, auth, flash);
    }

    @GetMapping("/transfers/{maHoSo}")
    String one(@PathVariable String maHoSo, Authentication auth, Model model) throws JsonProcessingException {
        boolean mask = !Role.seesIdentities(auth);
        TransferView view = reads.transfer(maHoSo, mask)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, maHoSo));
        model.addAttribute("t", view.transfer());
        model.addAttribute("view", view);
        model.addAttribute("dossier", view.dossier(reads.json()));
        model.addAttribute("payloadText", view.payload() == null ? null
                : reads.json().writerWithDefaultPrettyPrinter().writeValueAsString(view.payload()));
        return "transfer";
    }

    @PostMapping("/transfers/{maHoSo}/replay")
    String replayOne(@PathVariable String maHoSo, @RequestParam(defaultValue = "false") boolean force,
                     @RequestParam(defaultValue = "") String back, Authentication auth, RedirectAttributes flash) {
        replay(new ReplayRequest(List.of(maHoSo), false, null, null, null, false, force), auth, flash);
        // back to the list the button was on; only a path of this console, never elsewhere
        return "redirect:" + (BACK.matcher(back).matches() ? back : fmt.transfer(maHoSo));
    }

    @PostMapping("/transfers/replay")
    String replayFiltered(@RequestParam(required = false) String agency, @RequestParam(required = false) String error,
                          Authentication auth, RedirectAttributes flash) {
        replay(new ReplayRequest(List.of(), true, blank(agency), blank(error), null, false, false), auth, flash);
        return "redirect:/transfers";
    }

    private void replay(ReplayRequest request, Authentication auth, RedirectAttributes flash) {
        try {
            ReplayResult r = actions.replay(request, auth.getName());
            if (r.matched() == 0) {
                notices.ok(flash, "notice.replayNothing", r.skipped());
            } else {
                String text = notices.text("notice.replayed", r.matched(), r.sent(), r.failed(), r.rejected(), r.held());
                notices.okText(flash, r.reread() == 0 ? text : text + " " + notices.text("notice.replayedReread",
                        r.reread(), r.quarantined(), r.changedAtSource()));
            }
            flash.addFlashAttribute("replayed", r);
        } catch (RuntimeException e) {
            notices.failed(flash, "notice.replayFailed", e);
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** For the templates' forms: the path of this request with its query, to come back to after a replay. */
    static String here(HttpServletRequest request) {
        return request.getQueryString() == null ? request.getRequestURI() : request.getRequestURI() + "?" + request.getQueryString();
    }
}
