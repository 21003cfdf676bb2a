package vn.dvc.adapter.admin.console;

import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.web.servlet.LocaleResolver;

import vn.dvc.adapter.admin.Problems;

/**
 * The console's language, kept in the {@code lang} cookie: Vietnamese unless it says {@code en}.
 * Spring's CookieLocaleResolver fixes the cookie's {@code Secure} flag once for all requests; this
 * one sets it per request (behind a TLS proxy, from X-Forwarded-Proto) and always {@code SameSite=Strict}.
 */
final class LangCookieResolver implements LocaleResolver {

    private static final Duration KEEP = Duration.ofDays(365);

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        Object chosen = request.getAttribute(LangCookieResolver.class.getName());   // ?lang= on this very request
        if (chosen != null) {
            return "en".equals(chosen) ? Locale.ENGLISH : Problems.VIETNAMESE;
        }
        if (request.getCookies() != null) {
            for (Cookie c : request.getCookies()) {
                if (Problems.LANG_COOKIE.equals(c.getName()) && "en".equalsIgnoreCase(c.getValue())) {
                    return Locale.ENGLISH;
                }
            }
        }
        return Problems.VIETNAMESE;
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        String lang = locale != null && "en".equals(locale.getLanguage()) ? "en" : "vi";
        if (response != null) {
            response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(Problems.LANG_COOKIE, lang).path("/")
                    .maxAge(KEEP).httpOnly(true).secure(request.isSecure()).sameSite("Strict").build().toString());
        }
        request.setAttribute(LangCookieResolver.class.getName(), lang);
    }
}
