// Built-in UIs for notFound(), forbidden() and unauthorized() when the app has
// no not-found / forbidden / unauthorized file (texts as Next's defaults).
import type { HttpFallbackStatus } from "../control-flow";

const TEXT: Record<HttpFallbackStatus, string> = {
  404: "This page could not be found.",
  403: "This page is forbidden.",
  401: "You're not authorized to access this page.",
};

export function DefaultFallback({ status }: { status: HttpFallbackStatus }) {
  return (
    <>
      <title>{`${status}: ${TEXT[status]}`}</title>
      <div style={{ fontFamily: "system-ui, sans-serif", height: "100vh", textAlign: "center", display: "flex", flexDirection: "column", alignItems: "center", justifyContent: "center" }}>
        <div>
          <h1 style={{ display: "inline-block", margin: "0 20px 0 0", padding: "0 23px 0 0", fontSize: 24, fontWeight: 500, verticalAlign: "top", borderRight: "1px solid rgba(0,0,0,.3)" }}>{status}</h1>
          <div style={{ display: "inline-block" }}>
            <h2 style={{ fontSize: 14, fontWeight: 400, margin: 0 }}>{TEXT[status]}</h2>
          </div>
        </div>
      </div>
    </>
  );
}
