// next/dynamic called at module top level of a Server Component: a server
// component, a client component and a named client export, each code-split.
import dynamic from "next/dynamic";
import Link from "next/link";
import { ClientDynamics } from "./client-dynamics";

const ServerText = dynamic(() => import("./server-text"));
const ClientFromServer = dynamic(() => import("./client-text"));
const NamedFromServer = dynamic(() => import("./client-named").then((m) => m.NamedButton));
const SlowServer = dynamic(() => new Promise((resolve) => setTimeout(resolve, 20)).then(() => import("./server-text")), {
  loading: () => <p data-testid="server-dynamic-loading">Loading on the server…</p>,
});

export default function DynamicPage() {
  return (
    <section>
      <h1 data-testid="dynamic-title">next/dynamic</h1>
      <ServerText testId="server-dynamic" />
      <ClientFromServer testId="server-imports-client" label="dynamic server import client" />
      <NamedFromServer testId="server-named" />
      <SlowServer testId="server-dynamic-slow" />
      <ClientDynamics />
      <Link href="/client-modules" data-testid="to-index">index</Link>
    </section>
  );
}
