import { greet } from "../_lib/actions";
import { ClientCalls } from "../_lib/client-calls";

export default function ClientCallsPage() {
  return (
    <section>
      <h1>Server Actions called from client code</h1>
      {/* Bound on the server: the client calls it without arguments. */}
      <ClientCalls greet={greet.bind(null, "Ada")} />
    </section>
  );
}
