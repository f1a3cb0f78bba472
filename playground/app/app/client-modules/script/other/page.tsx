// A second page using the same once.js script id: navigating here must not load it again.
import Link from "next/link";
import { ScriptEvents } from "../script-events";

export default function OtherScriptPage() {
  return (
    <section>
      <h1 data-testid="script-other-title">another next/script page</h1>
      <ScriptEvents />
      <Link href="/client-modules/script" data-testid="to-script">back to the script page</Link>
    </section>
  );
}
