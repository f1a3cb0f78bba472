// `fetchCache = "only-cache"` (rendered per request so every request runs the fetches).
import { Probes } from "../_probes";

export const fetchCache = "only-cache";
export const dynamic = "force-dynamic";

export default function Page() {
  return <Probes path="/fc-only-cache" kinds={["plain", "revalidate", "force-cache"]} />;
}
