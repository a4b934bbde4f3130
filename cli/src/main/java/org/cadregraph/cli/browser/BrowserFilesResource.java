package org.cadregraph.cli.browser;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.core.Response;

/**
 * The {@link BrowserFiles} over HTTP, as an unmanaged extension of the Neo4j server that {@code
 * serve} starts ({@code server.unmanaged_extension_classes}): Jersey finds this class by scanning
 * its package and creates it per request. The files are made once per process, since the saved
 * queries and the style ship inside the jar. They are public (no data, only the project's queries
 * and colours), so any origin may read them: Browser opened at {@code localhost} fetches them from
 * {@code 127.0.0.1}. Thread-safe.
 */
@Path("/")
public final class BrowserFilesResource {
  private static final String ANY_ORIGIN = "*";

  /** Made on first use: Jersey loads the class when Neo4j starts, before anyone asks for it. */
  private static final class Contents {
    static final String STYLE = BrowserFiles.style();
    static final String GUIDE = BrowserFiles.guide();
  }

  @GET
  @Path(BrowserFiles.STYLE)
  public Response style() {
    return file(Contents.STYLE, "text/plain; charset=utf-8");
  }

  @GET
  @Path(BrowserFiles.GUIDE)
  public Response guide() {
    return file(Contents.GUIDE, "text/html; charset=utf-8");
  }

  private static Response file(String text, String type) {
    return Response.ok(text, type)
        .header("Access-Control-Allow-Origin", ANY_ORIGIN)
        .header("Cache-Control", "no-cache")
        .build();
  }
}
