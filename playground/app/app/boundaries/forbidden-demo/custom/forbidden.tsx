// The segment's own forbidden UI, shown for forbidden() below it with status 403
// (Next: test/e2e/app-dir/forbidden/basic, app/forbidden.js).
export default function Forbidden() {
  return <h2 data-testid="forbidden-ui">Members only</h2>;
}
