// `fetchCache = "force-no-store"` (rendered per request so every request runs the fetches).
import { Probes } from "../_probes";

export const fetchCache = "force-no-store";
export const dynamic = "force-dynamic";

export default function Page() {
  return <Probes path="/fc-force-no-store" kinds={["plain", "no-store", "force-cache"]} />;
}
