// getInitialProps runs once, at build time, in an export.
function Gip({ from }: { from: string }) {
  return <h1 data-testid="title">getInitialProps from {from}</h1>;
}

Gip.getInitialProps = async () => ({ from: typeof window === "undefined" ? "the build" : "the browser" });

export default Gip;
