// rsc service entry: Nitro's renderer forwards every request here.
import { handleRequest } from "../server/handler";
// Server-side fetch with Next's data cache (cache / next.revalidate / next.tags, de-dup).
import "../server/patch-fetch";

export default { fetch: handleRequest };

if (import.meta.hot) import.meta.hot.accept();
