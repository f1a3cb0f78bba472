// The built-in 404 UI, shown when the app has no app/not-found file.
export function DefaultNotFound() {
  return (
    <>
      <title>404: This page could not be found.</title>
      <div style={{ fontFamily: "system-ui, sans-serif", height: "100vh", textAlign: "center", display: "flex", flexDirection: "column", alignItems: "center", justifyContent: "center" }}>
        <h1 style={{ display: "inline-block", margin: "0 20px 0 0", padding: "0 23px 0 0", fontSize: 24, fontWeight: 500, borderRight: "1px solid rgba(0,0,0,.3)" }}>404</h1>
        <h2 style={{ fontSize: 14, fontWeight: 400, margin: 0 }}>This page could not be found.</h2>
      </div>
    </>
  );
}
