// rsc service entry: Nitro's renderer forwards every request here.
import { handleRequest } from "../server/handler";

export default { fetch: handleRequest };

if (import.meta.hot) import.meta.hot.accept();
