// Browser entry of the Pages Router (a second client entry beside the App
// Router's browser.tsx): hydrates documents rendered from pages/.
// instrumentation-client.ts runs first here too (docs "instrumentation-client").
import "virtual:vinext/instrumentation-client";
import { hydratePages } from "../pages/client";

void hydratePages();
