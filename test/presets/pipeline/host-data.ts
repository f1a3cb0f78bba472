// What the host tells middleware about the client: `request.ip` (srvx on Node,
// CF-Connecting-IP on Workers) and `request.geo` (Workers' request.cf; `{}`
// where the host has none). Next documented both on NextRequest until 15 and
// its adapters still fill them (docs "NextRequest" ip/geo; test/e2e/middleware-general
// reads them from the request). workerd gets the fixed WORKERD_CF from the harness.
import { describe, expect, it } from "vitest";
import { WORKERD_CF } from "../../_harness/servers";
import type { PipelineContext } from "../pipeline-suite";

export default function hostData({ target, get }: PipelineContext) {
  describe("ip and geo", () => {
    it("gives middleware the client address", async () => {
      const body = (await (await get("/mw-json")).json()) as { ip: string | null };
      expect(body.ip?.replace(/^::ffff:/, "")).toBe("127.0.0.1");
    });

    it("gives middleware geo data where the host provides it", async () => {
      const body = (await (await get("/mw-json")).json()) as { geo: Record<string, string> };
      if (target.name === "cloudflare-module") {
        expect(body.geo).toEqual({ city: WORKERD_CF.city, country: WORKERD_CF.country, region: WORKERD_CF.regionCode, latitude: WORKERD_CF.latitude, longitude: WORKERD_CF.longitude });
      } else {
        expect(body.geo).toEqual({});
      }
    });
  });
}
