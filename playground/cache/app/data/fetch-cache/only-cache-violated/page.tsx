// `only-cache` forbids `cache: "no-store"`: the fetch throws a [vinext] error.
import { Probes } from "../_probes";

export const fetchCache = "only-cache";
export const dynamic = "force-dynamic";

export default function Page() {
  return <Probes path="/fc-only-cache-violated" kinds={["no-store"]} />;
}
