package id.banyuwangi.kampung.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Jetty's own error answers (a request it refuses before any handler sees it: a URI or header over
 * the limit, a malformed request line, bad percent-encoding) as RFC 9457 problems, like every other
 * error of the server, never an HTML page.
 */
final class ProblemErrorHandler extends ErrorHandler {
  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(HttpHeader.CONTENT_TYPE, Problem.CONTENT_TYPE);
    String detail = "the request was refused" + (reason == null ? "" : ": " + reason.replaceAll("[^A-Za-z0-9 .,:-]", ""));
    return ByteBuffer.wrap(Problem.of(status, detail, null).bytes());
  }

  @Override
  public void handle(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    baseRequest.setHandled(true);
    int status = response.getStatus() < 400 ? 500 : response.getStatus();
    response.setContentType(Problem.CONTENT_TYPE);
    response.getOutputStream().write(Problem.of(status, status >= 500 ? "internal error" : "the request was refused",
        null).bytes());
  }
}
