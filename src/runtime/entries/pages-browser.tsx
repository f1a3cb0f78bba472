// Browser entry of the Pages Router (a second client entry beside the App
// Router's browser.tsx): hydrates documents rendered from pages/.
import { hydratePages } from "../pages/client";

void hydratePages();
