// The error is thrown by a nested server component (not the page itself) and no
// error.tsx covers this segment: it reaches app/global-error.

// Rendered per request (not pre-rendered at build), like the dynamic fixtures Next uses for this.
export const dynamic = "force-dynamic";
async function Thrower(): Promise<never> {
  throw new Error("unhandled secret detail");
}

export default function Unhandled() {
  return (
    <section>
      <Thrower />
    </section>
  );
}
