// Protected by middleware.ts; static, so it is also pre-rendered at build.
export default function Admin() {
  return <h1 data-testid="title">Admin secrets</h1>;
}
