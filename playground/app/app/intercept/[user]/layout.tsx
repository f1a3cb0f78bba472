// A user's feed with a @modal slot; `@modal/(..)photo/[id]` opens /intercept/photo/[id]
// over the feed on soft navigation (Next: test/e2e/app-dir/parallel-routes-and-interception,
// app/intercepting-parallel-modal).
export default function UserLayout({ children, modal }: { children: React.ReactNode; modal: React.ReactNode }) {
  return (
    <div data-testid="user-layout">
      {children}
      {modal}
    </div>
  );
}
