package vn.dvc.adapter.admin.api;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.Authentication;

import vn.dvc.adapter.admin.Role;

/** Who calls: the name the audit log records, and whether identities are shown to them. */
record Caller(String name, String remote, boolean seesIdentities) {

    static Caller of(Authentication auth, HttpServletRequest request) {
        return new Caller(auth == null ? "anonymous" : auth.getName(), request.getRemoteAddr(), Role.seesIdentities(auth));
    }
}
