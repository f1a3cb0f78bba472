"use client";
// A client component importing next/server (which also exports ImageResponse): the
// client build must not pull in the image renderer (test/presets/suites/og-images.ts).
import { userAgentFromString } from "next/server";

const IPHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1";

export function ClientUa() {
  return <p data-testid="og-client-ua">{userAgentFromString(IPHONE).device.type}</p>;
}
