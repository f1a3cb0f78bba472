// `fetchCache = "force-cache"` (rendered per request so every request runs the fetches).
import { Probes } from "../_probes";

export const fetchCache = "force-cache";
export const dynamic = "force-dynamic";

export default function Page() {
  return <Probes path="/fc-force-cache" kinds={["plain", "no-store", "force-cache"]} />;
}
