// `fetchCache = "default-cache"` (rendered per request so every request runs the fetches).
import { Probes } from "../_probes";

export const fetchCache = "default-cache";
export const dynamic = "force-dynamic";

export default function Page() {
  return <Probes path="/fc-default-cache" kinds={["plain", "no-store", "force-cache"]} />;
}
