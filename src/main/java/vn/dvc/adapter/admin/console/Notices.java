package vn.dvc.adapter.admin.console;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.dvc.adapter.system.Masking;

/** The one-line message a page shows after an action (flash attributes across the redirect). */
@Component
class Notices {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Notices.class);

    private final MessageSource messages;

    Notices(MessageSource messages) {
        this.messages = messages;
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    void ok(RedirectAttributes flash, String key, Object... args) {
        okText(flash, text(key, args));
    }

    /** A notice already worded. */
    void okText(RedirectAttributes flash, String text) {
        flash.addFlashAttribute("notice", text);
        flash.addFlashAttribute("noticeKind", "ok");
    }

    /**
     * An action that failed, told in the reader's language: a portal fault by its code, anything
     * else as "see the server's log"; the exception's own text (Vietnamese, or Java's) stays in the
     * log, where it is masked.
     */
    void failed(RedirectAttributes flash, String key, RuntimeException e) {
        log.warn("console action failed: {}", Masking.mask(String.valueOf(e)), e);
        String reason = e instanceof vn.dvc.adapter.portal.PortalFault fault && fault.code() != null
                ? text("notice.portalFault", fault.code()) : text("notice.failedSeeLog");
        error(flash, key, reason);
    }

    void error(RedirectAttributes flash, String key, Object... args) {
        flash.addFlashAttribute("notice", Masking.mask(text(key, args)));
        flash.addFlashAttribute("noticeKind", "error");
    }
}
