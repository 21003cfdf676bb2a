package vn.dvc.adapter.admin.api;

import java.io.IOException;

import org.apache.catalina.Host;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;

import vn.dvc.adapter.admin.Problems;

/**
 * Tomcat's error report for what it refuses before any filter runs: a path with bad percent-encoding
 * ({@code /api/transfers/a%ZZ}), an encoded NUL or slash ({@code /api/%00}), bytes that are not UTF-8.
 * Under {@code /api} the answer is a problem detail like every other API error, elsewhere Tomcat's own
 * short page without the server's name (what Spring Boot configures by default).
 */
final class ProblemReportValve extends ErrorReportValve {

    private final Problems problems;

    ProblemReportValve(Problems problems) {
        this.problems = problems;
        setShowReport(false);
        setShowServerInfo(false);
    }

    /** Takes the place of the host's error report valve (Spring Boot's), so that only this one answers. */
    static void install(Host host, Problems problems) {
        for (Valve valve : host.getPipeline().getValves()) {
            if (valve instanceof ErrorReportValve) {
                host.getPipeline().removeValve(valve);
            }
        }
        if (host instanceof StandardHost standard) {
            standard.setErrorReportValveClass(ProblemReportValve.class.getName());   // or Tomcat adds its own at start
        }
        host.getPipeline().addValve(new ProblemReportValve(problems));
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        String uri = request.getCoyoteRequest().requestURI().toString();
        if (uri == null || !(uri.equals("/api") || uri.startsWith("/api/"))) {
            super.report(request, response, throwable);
            return;
        }
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        HttpStatus s = HttpStatus.resolve(status) == null ? HttpStatus.BAD_REQUEST : HttpStatus.resolve(status);
        try {
            response.resetBuffer();
            String detail = s.is5xxServerError() ? problems.message("problem.unexpected", Problems.locale(request), s.value())
                    : problems.message("problem.badRequestLine", Problems.locale(request));
            problems.writeDetail(request, response, s, detail);
            response.finishResponse();
        } catch (IOException | IllegalStateException e) {
            getContainer().getLogger().warn("problem detail for " + status + " not written: " + e.getMessage());
        }
    }
}
