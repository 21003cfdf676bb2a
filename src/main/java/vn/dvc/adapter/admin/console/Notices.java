package vn.dvc.adapter.admin.console;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.dvc.adapter.system.Masking;

/** The one-line message a page shows after an action (flash attributes across the redirect). */
@Component
class Notices {

    private final MessageSource messages;

    Notices(MessageSource messages) {
        this.messages = messages;
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    void ok(RedirectAttributes flash, String key, Object... args) {
        flash.addFlashAttribute("notice", text(key, args));
        flash.addFlashAttribute("noticeKind", "ok");
    }

    void error(RedirectAttributes flash, String key, Object... args) {
        flash.addFlashAttribute("notice", Masking.mask(text(key, args)));
        flash.addFlashAttribute("noticeKind", "error");
    }
}
