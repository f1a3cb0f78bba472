// `fetchCache = "only-no-store"` (rendered per request so every request runs the fetches).
import { Probes } from "../_probes";

export const fetchCache = "only-no-store";
export const dynamic = "force-dynamic";

export default function Page() {
  return <Probes path="/fc-only-no-store" kinds={["plain", "no-store", "revalidate"]} />;
}
