// Two URL segments below /intercept, with a @modal slot: `(..)(..)settings` (a
// route) and `@modal/(...)intercept-login` (a slot) intercept from here.
export default function NestedLayout({ children, modal }: { children: React.ReactNode; modal: React.ReactNode }) {
  return (
    <div data-testid="nested-layout">
      {children}
      {modal}
    </div>
  );
}
