// `fetchCache = "default-no-store"` (rendered per request so every request runs the fetches).
import { Probes } from "../_probes";

export const fetchCache = "default-no-store";
export const dynamic = "force-dynamic";

export default function Page() {
  return <Probes path="/fc-default-no-store" kinds={["plain", "no-store", "force-cache"]} />;
}
