// `only-no-store` forbids `cache: "force-cache"`: the fetch throws a [vinext] error.
import { Probes } from "../_probes";

export const fetchCache = "only-no-store";
export const dynamic = "force-dynamic";

export default function Page() {
  return <Probes path="/fc-only-no-store-violated" kinds={["force-cache"]} />;
}
