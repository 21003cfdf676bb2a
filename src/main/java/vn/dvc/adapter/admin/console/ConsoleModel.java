package vn.dvc.adapter.admin.console;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

import vn.dvc.adapter.admin.Role;

/** What every console page knows: who is looking, what they may do, and the language switch. */
@ControllerAdvice(basePackageClasses = ConsoleModel.class)
class ConsoleModel {

    @ModelAttribute
    void common(Model model, Authentication auth, HttpServletRequest request) {
        Role role = Role.of(auth);
        model.addAttribute("me", auth == null ? null : auth.getName());
        model.addAttribute("myRole", role == null ? null : role.name());
        model.addAttribute("canReplay", Role.OPERATOR.heldBy(auth));
        model.addAttribute("canSync", Role.OPERATOR.heldBy(auth));
        model.addAttribute("isAdmin", Role.ADMIN.heldBy(auth));
        model.addAttribute("seesIdentities", Role.seesIdentities(auth));
        String lang = "en".equals(LocaleContextHolder.getLocale().getLanguage()) ? "en" : "vi";
        String other = "en".equals(lang) ? "vi" : "en";
        model.addAttribute("lang", lang);
        model.addAttribute("langSwitchUrl", UriComponentsBuilder.fromPath(request.getRequestURI())
                .query(request.getQueryString()).replaceQueryParam("lang", other).build().toUriString());
        String rest = UriComponentsBuilder.fromPath("").query(request.getQueryString()).replaceQueryParam("page")
                .replaceQueryParam("lang").build().getQuery();
        model.addAttribute("pageBase", request.getRequestURI() + "?" + (rest == null || rest.isEmpty() ? "" : rest + "&"));
    }
}
