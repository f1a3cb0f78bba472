// Nitro renderer: hands every request that no public asset answered to the rsc
// service, whose handler implements the whole Next request pipeline.
import { fetchViteEnv } from "nitro/vite/runtime";

export default function renderer({ req }: { req: Request }) {
  return fetchViteEnv("rsc", req);
}
